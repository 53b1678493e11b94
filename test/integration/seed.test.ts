import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSeeds } from '../../src/ingest/seed';
import { createTestApp, TestApp } from '../support/app';
import { smallBundle, uniqueTag } from '../support/bundles';
import { countOwned } from '../support/writes';

describe('loading the seeds folder at start-up', () => {
  let app: TestApp;
  let seedDir: string;
  beforeAll(async () => {
    app = await createTestApp();
    seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-seeds-'));
  });
  afterAll(async () => {
    fs.rmSync(seedDir, { recursive: true, force: true });
    await app.close();
  });

  it('when a seed was loaded before, then a restart skips it; when its file changes, then it is loaded again', async () => {
    const tag = uniqueTag('seeds');
    const bundle = smallBundle(tag);
    fs.mkdirSync(path.join(seedDir, 'article'));
    const file = path.join(seedDir, 'article', 'bundle.json');
    fs.writeFileSync(file, JSON.stringify(bundle));

    const [first] = await loadSeeds(app.graph, seedDir);
    expect(first.result?.counts.claims).toBe(3);
    const loaded = await countOwned(app.graph, tag);

    const [second] = await loadSeeds(app.graph, seedDir);
    expect(second.result).toBeNull();
    expect(await countOwned(app.graph, tag)).toEqual(loaded);

    bundle.claims!.push({ id: `${tag}:added`, text: 'A claim added by a later curation.' });
    fs.writeFileSync(file, JSON.stringify(bundle));
    const [third] = await loadSeeds(app.graph, seedDir);
    expect(third.result?.counts.claims).toBe(4);
    expect((await countOwned(app.graph, tag)).nodes).toBe(loaded.nodes + 1);
  });
});
