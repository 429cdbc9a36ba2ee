#!/usr/bin/env bash
# The README's test command (`npm test`): finds or installs what the suites need, then runs every
# jest project in two streams side by side — the browser, dashboard and PostgreSQL robustness
# projects in one, the API, SQLite robustness and PostgreSQL API projects in the other (about even
# halves of CI's time) — since each stream leaves one of the machine's
# two cores idle much of the time (a browser waits on its server, a supertest client on its own).
# Arguments go to both streams (`npm test -- test/api/crud.e2e-spec.ts`); CRM_TEST_SERIAL=1 runs
# one jest over everything instead. Ends with jest's own summary line, added up over both streams.
set -uo pipefail
cd "$(dirname "$0")/.."

bash tools/test-prerequisites.sh || { echo "Tests:       1 failed, 0 passed, 1 total"; exit 1; }

jest=(node node_modules/jest/bin/jest.js --config jest.config.js)
if [ "${CRM_TEST_SERIAL:-}" = 1 ]; then exec "${jest[@]}" "$@"; fi

logs=$(mktemp -d)
# each stream's lines marked with its name as they come, and kept for the summary
stream() {
  local name=$1; shift
  "${jest[@]}" --passWithNoTests "$@" 2>&1 | tee "$logs/$name.log" | sed -u "s/^/[$name] /"
  echo "${PIPESTATUS[0]}" >"$logs/$name.status"
}
stream pages "$@" --selectProjects browser dashboard robustness-postgres &
pages=$!
stream api "$@" --selectProjects unit e2e robustness unit-postgres e2e-postgres &
api=$!
wait "$pages" "$api"

count() { grep -E '^Tests:' "$logs/$1.log" | tail -n 1 | grep -oE "[0-9]+ $2" | grep -oE '[0-9]+' || echo 0; }
passed=$(( $(count pages passed) + $(count api passed) ))
failed=$(( $(count pages failed) + $(count api failed) ))
skipped=$(( $(count pages skipped) + $(count api skipped) ))
status=0
for name in pages api; do
  if [ "$(cat "$logs/$name.status")" != 0 ]; then
    status=1
    echo "the $name stream failed:"
    grep -E '^(FAIL|Tests:|Test Suites:)' "$logs/$name.log" | sed 's/^/  /'
  fi
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "Tests:       ${failed} failed, ${skipped} skipped, ${passed} passed, $((passed + failed + skipped)) total"
rm -rf "$logs"
exit "$status"
