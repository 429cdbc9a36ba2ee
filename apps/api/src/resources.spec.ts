import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { getMetadataArgsStorage } from 'typeorm';
import { RESOURCE_LIST } from '@crm/domain';
import { RESOURCES } from './resources';

const ROOT = join(__dirname, '../../..');
/** The list itself, and the registries that give each listed resource its code (the API's module, the dashboard's pages). */
const DECLARING = ['libs/domain/src/resources.ts', 'apps/api/src/resources.ts', 'apps/dashboard/src/resources.ts'];
/** A list naming this many resources is a list of the resources, whatever it is called. */
const A_LIST = 7;
const NAMES = new Set<string>(RESOURCE_LIST.flatMap((resource) => [resource.name, resource.table]));

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'migrations' ? [] : sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.(spec|test)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the resource list', () => {
  it('is the only list of resources in the code: the trash, the audit filter, the exports and the row counters read it', () => {
    const lists: string[] = [];
    for (const path of [...sources('apps'), ...sources('libs')]) {
      if (DECLARING.includes(path)) continue;
      const text = readFileSync(join(ROOT, path), 'utf8');
      // migrations are left out above: each keeps the SQL of its day, table names included
      for (const literal of text.matchAll(/\[([^[\]]*)\]/g)) {
        const named = new Set(
          [...literal[1].matchAll(/'([a-z_-]+)'/g)].map((quoted) => quoted[1]).filter((word) => NAMES.has(word)),
        );
        if (named.size >= A_LIST)
          lists.push(
            `${relative('.', path)}:${text.slice(0, literal.index).split('\n').length} names ${named.size} resources`,
          );
      }
    }
    expect(lists).toEqual([]);
  });

  it('names each resource of the API registry by its entity’s table, in the registry’s order', () => {
    const tables = getMetadataArgsStorage().tables;
    expect(
      RESOURCES.map((declaration) => [
        declaration.resource,
        tables.find((table) => table.target === declaration.entity)?.name,
      ]),
    ).toEqual(RESOURCE_LIST.filter((resource) => resource.crud).map((resource) => [resource.name, resource.table]));
  });
});
