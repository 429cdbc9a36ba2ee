#!/usr/bin/env bash
# What the test suites need beyond `npm install`, found or installed the same way on a developer's
# machine and in CI: Debian's Chromium and a CJK font for the browser tests (the screenshots show
# Chinese), PostgreSQL 15 for the *-postgres projects. Installs with apt-get when run as root;
# otherwise says what to install and fails, so a run never starts half-equipped.
set -uo pipefail

missing=()
if [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ ! -d /usr/share/fonts/opentype/noto ]; then missing+=(fonts-noto-cjk); fi
if [ -z "${CRM_PG_BIN:-}" ] && [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then missing+=(postgresql); fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "The tests need Debian's ${missing[*]}: sudo apt-get install -y ${missing[*]} (or set CHROMIUM_PATH / CRM_PG_BIN)" >&2
  exit 1
fi
echo "Installing ${missing[*]} for the tests…"
if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null); then
  echo "could not install ${missing[*]}" >&2
  exit 1
fi
