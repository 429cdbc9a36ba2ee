#!/usr/bin/env node
// Counts the folder cycles of apps/api/src: the groups of top-level folders that import each other
// round a cycle (strongly connected components of the folder graph), and the imports inside them.
//   npx depcruise apps/api/src --config .dependency-cruiser.cjs --output-type json | node tools/folder-cycles.mjs
import { readFileSync } from 'node:fs';

const cruise = JSON.parse(readFileSync(0, 'utf8'));
const folderOf = (path) =>
  path.startsWith('apps/api/src/') ? (path.split('/').length > 4 ? path.split('/')[3] : '(root)') : null;
const edges = new Map();
for (const module of cruise.modules) {
  const from = folderOf(module.source);
  if (!from) continue;
  for (const dependency of module.dependencies) {
    const to = folderOf(dependency.resolved);
    if (!to || to === from) continue;
    const key = `${from}\t${to}`;
    edges.set(key, (edges.get(key) ?? 0) + 1);
  }
}
const next = new Map();
for (const key of edges.keys()) {
  const [from, to] = key.split('\t');
  next.set(from, [...(next.get(from) ?? []), to]);
  if (!next.has(to)) next.set(to, []);
}
// Tarjan's strongly connected components
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const groups = [];
function visit(node) {
  index.set(node, counter);
  low.set(node, counter++);
  stack.push(node);
  onStack.add(node);
  for (const to of next.get(node)) {
    if (!index.has(to)) {
      visit(to);
      low.set(node, Math.min(low.get(node), low.get(to)));
    } else if (onStack.has(to)) low.set(node, Math.min(low.get(node), index.get(to)));
  }
  if (low.get(node) === index.get(node)) {
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    groups.push(group);
  }
}
for (const node of next.keys()) if (!index.has(node)) visit(node);
const cycles = groups.filter((group) => group.length > 1);
const total = [...edges.values()].reduce((sum, n) => sum + n, 0);
console.log(`${cycles.length} folder cycle(s); ${total} imports between folders of apps/api/src`);
for (const cycle of cycles) {
  let inside = 0;
  for (const [key, n] of edges) if (key.split('\t').every((folder) => cycle.includes(folder))) inside += n;
  console.log(`  ${cycle.length} folders (${cycle.sort().join(', ')}), ${inside} imports inside`);
}
