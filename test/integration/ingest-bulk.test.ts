import { withSearchIndexDeferred } from '../../src/ingest/bulk';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { Graph } from '../../src/neo4j/graph';
import { createTestApp, TestApp } from '../support/app';
import { smallBundle, uniqueTag } from '../support/bundles';
import { countOwned } from '../support/writes';

async function searchIndexState(graph: Graph): Promise<string | null> {
  const rows = await graph.runRaw(
    "SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'search_text' RETURN state",
  );
  return (rows[0]?.state as string | undefined) ?? null;
}

async function searchIds(graph: Graph, words: string): Promise<string[]> {
  const rows = await graph.runRaw(
    "CALL db.index.fulltext.queryNodes('search_text', $q) YIELD node RETURN collect(node.id) AS ids",
    { q: words },
  );
  return rows[0].ids as string[];
}

describe('bulk ingestion with the search index deferred', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('when bundles load with the search index deferred, then the index is gone during the load and search finds every bundle once it returns', async () => {
    const tags = [uniqueTag('bulk-a'), uniqueTag('bulk-b')];
    const statesDuringLoad: (string | null)[] = [];
    await withSearchIndexDeferred(app.graph, async () => {
      for (const tag of tags) {
        await ingestBundle(app.graph, smallBundle(tag));
        statesDuringLoad.push(await searchIndexState(app.graph));
      }
    });

    expect(statesDuringLoad).toEqual([null, null]);
    expect(await searchIndexState(app.graph)).toBe('ONLINE');
    for (const tag of tags) {
      expect(await searchIds(app.graph, `"Westhaven bridge ${tag}"`)).toContain(`${tag}:bridge`);
      expect(await searchIds(app.graph, `"Ada Quill ${tag}"`)).toEqual(
        expect.arrayContaining([`${tag}:ada`, `${tag}:o-ada-gazette`]),
      );
    }
  });

  it('when a bundle fails during a deferred load, then nothing of it is written, the error reaches the caller and the index is rebuilt anyway', async () => {
    const good = uniqueTag('bulk-good');
    const bad = uniqueTag('bulk-bad');
    const failAtClaims = (step: string) => {
      if (step === 'claims') throw new Error('injected failure in a bulk load');
    };
    const loading = withSearchIndexDeferred(app.graph, async () => {
      await ingestBundle(app.graph, smallBundle(good));
      await ingestBundle(app.graph, smallBundle(bad), undefined, { beforeStep: failAtClaims });
    });

    await expect(loading).rejects.toThrow('injected failure in a bulk load');
    expect(await countOwned(app.graph, bad)).toEqual({ nodes: 0, relationships: 0 });
    expect(await searchIndexState(app.graph)).toBe('ONLINE');
    expect(await searchIds(app.graph, `"Westhaven bridge ${good}"`)).toContain(`${good}:bridge`);
  });
});
