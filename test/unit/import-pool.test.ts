import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateBundle, World } from '../../bench/generate';
import { ARRAY_DELIMITER, CsvFile } from '../../src/import/csv';
import { ImportPlan } from '../../src/import/plan';
import { preparedInOrder } from '../../src/import/pool';
import { ImportTask, Prepared } from '../../src/import/prepare';
import { SECOND_BUNDLE, SEED_BUNDLE } from '../support/app';
import { smallBundle } from '../support/bundles';

async function collect(tasks: ImportTask[], workers: number): Promise<Prepared[]> {
  const out: Prepared[] = [];
  for await (const p of preparedInOrder(tasks, workers)) out.push(p);
  return out;
}

/** The plan's graph as comparable data: every map and link set, in insertion order. */
function planOf(prepared: Prepared[]) {
  const plan = new ImportPlan(() => {});
  for (const p of prepared) {
    if (!p.ok) throw new Error(JSON.stringify(p.problems));
    plan.addValidated(p.bundle, p.text, p.hash);
  }
  plan.finish();
  return JSON.parse(
    JSON.stringify(plan, (_, v) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : v)),
  ) as unknown;
}

describe('the import preparing bundles on worker threads', () => {
  jest.setTimeout(60000);
  const spec = { seed: 5, claims: 120, claimsPerBundle: 40 };
  const tasks: ImportTask[] = [
    { file: SEED_BUNDLE },
    { file: SECOND_BUNDLE },
    ...Array.from({ length: 3 }, (_, k) => ({
      module: path.resolve(__dirname, '../../bench/generate.ts'),
      export: 'generatedInput',
      args: [spec, k],
    })),
  ];

  it('when two threads prepare files and generated bundles, then the results come in task order and build the plan one thread builds', async () => {
    const threaded = await collect(tasks, 2);
    const inline = await collect(tasks, 0);
    expect(threaded.map((p) => p.ok && p.bundle.id)).toEqual(
      inline.map((p) => p.ok && p.bundle.id),
    );
    expect(threaded.every((p) => p.ok)).toBe(true);
    expect(planOf(threaded)).toEqual(planOf(inline));
    // and each generated bundle's document hash is the one ImportPlan.add records for it
    const world = new World(spec);
    const hashes = threaded.slice(2).map((p) => p.ok && p.hash);
    const direct = [0, 1, 2].map((k) => {
      const d = new ImportPlan(() => {});
      d.add(generateBundle(world, k).input);
      return [...d.bundles.values()][0];
    });
    expect(hashes).toEqual(direct);
  });

  it('when a bundle is invalid, then its problems come back with their paths, in its place', async () => {
    const bad = structuredClone(smallBundle('p')) as { occurrences: { speaker: string }[] };
    bad.occurrences[0].speaker = '';
    const out = await collect([{ input: smallBundle('q') }, { input: bad }], 2);
    expect(out[0].ok).toBe(true);
    expect(out[1].ok).toBe(false);
    if (!out[1].ok) expect(out[1].problems.map((p) => p.path)).toContain('occurrences[0].speaker');
  });

  it('when a task cannot be read, then the error says why it failed', async () => {
    const run = collect([{ file: '/nonexistent/bundle.json' }], 1);
    await expect(run).rejects.toThrow(/preparing a bundle failed: .*ENOENT/s);
  });
});

describe('the import CSV files', () => {
  it('when rows carry quotes, line breaks, lists and missing values, then each cell is written as neo4j-admin reads it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-csv-'));
    const f = new CsvFile(path.join(dir, 'x.csv'), ['id:ID(X)', 'text', 'n:long', 'tags:string[]']);
    f.row(['x:1', 'she said "no"\nthen left', 3, ['a', 'b']]);
    f.row(['x:2', null, undefined, []]);
    f.pair('x:"3"', 'y');
    f.close();
    expect(fs.readFileSync(path.join(dir, 'x.csv'), 'utf8')).toBe(
      'id:ID(X),text,n:long,tags:string[]\n' +
        `"x:1","she said ""no""\nthen left",3,"a${ARRAY_DELIMITER}b"\n` +
        '"x:2",,,\n' +
        '"x:""3""","y"\n',
    );
    expect(f.rows).toBe(3);
  });
});
