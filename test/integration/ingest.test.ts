import { readBundleFile } from '../../src/bundle/load';
import { BundleValidationError } from '../../src/bundle/validate';
import { nameKey } from '../../src/bundle/names';
import { validateBundle } from '../../src/bundle/validate';
import { entityRows, ingestBundle } from '../../src/ingest/ingest-bundle';
import { cypher } from '../../src/neo4j/cypher';
import { createTestApp, loadSeed, SECOND_BUNDLE, TestApp } from '../support/app';
import { smallBundle, uniqueTag } from '../support/bundles';
import { countOwned } from '../support/writes';

describe('ingesting a bundle', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('when the same bundle is loaded twice, then node and relationship counts are unchanged', async () => {
    const tag = uniqueTag('idem');
    const bundle = smallBundle(tag);
    await ingestBundle(app.graph, bundle);
    const first = await countOwned(app.graph, tag);
    await ingestBundle(app.graph, bundle);
    const second = await countOwned(app.graph, tag);
    expect(first.nodes).toBeGreaterThan(10);
    expect(second).toEqual(first);
  });

  it('when a bundle fails validation, then nothing of it is written and every problem is listed', async () => {
    const tag = uniqueTag('invalid');
    const bundle = smallBundle(tag) as any;
    bundle.occurrences[0].speaker = 'nobody';
    bundle.relations[0].to = 'claim:gone';
    const error = await ingestBundle(app.graph, bundle).catch((e) => e);
    expect(error).toBeInstanceOf(BundleValidationError);
    expect(error.problems.map((p: { path: string }) => p.path)).toEqual([
      'occurrences[0].speaker',
      'relations[0].to',
    ]);
    expect(await countOwned(app.graph, tag)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('when a write fails part-way through the bundle, then the transaction leaves nothing behind', async () => {
    const tag = uniqueTag('atomic');
    const failAtOccurrences = (step: string) => {
      if (step === 'occurrences')
        throw new Error('injected failure after entities, source, events and claims were written');
    };
    await expect(
      ingestBundle(app.graph, smallBundle(tag), undefined, { beforeStep: failAtOccurrences }),
    ).rejects.toThrow('injected failure');
    expect(await countOwned(app.graph, tag)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('when a stored source id comes back with another text, then it is refused and nothing changes', async () => {
    const tag = uniqueTag('hash');
    const bundle = smallBundle(tag);
    await ingestBundle(app.graph, bundle);
    const before = await countOwned(app.graph, tag);
    const changed = smallBundle(tag);
    changed.source.text += ' A later edition added this sentence.';
    changed.source.contentHash = (await import('../../src/bundle/anchor')).contentHash(
      changed.source.text,
    );
    const error = await ingestBundle(app.graph, changed).catch((e) => e);
    expect(error).toBeInstanceOf(BundleValidationError);
    expect(error.problems[0].path).toBe('source.contentHash');
    expect(await countOwned(app.graph, tag)).toEqual(before);
  });

  it('when a second article names an entity by a stored name or alias, then it joins the stored node', async () => {
    const tag = uniqueTag('alias');
    await ingestBundle(app.graph, smallBundle(tag));
    // The second article writes the person by the first article's alias, under its own id.
    const other = smallBundle(`${tag}-b`, { personName: `Quill ${tag}` });
    const result = await ingestBundle(app.graph, other);
    expect(result.merged).toEqual({ [`${tag}-b:ada`]: `${tag}:ada` });
    const rows = await app.graph.runRaw(
      'MATCH (e:Entity {id: $id})<-[:ATTRIBUTED_TO]-(o:Occurrence) RETURN collect(o.id) AS occurrences',
      { id: `${tag}:ada` },
    );
    expect(rows[0].occurrences).toEqual(
      expect.arrayContaining([`${tag}:o-ada-gazette`, `${tag}-b:o-ada-gazette`]),
    );
    const ghost = await app.graph.runRaw('MATCH (e:Entity {id: $id}) RETURN e', {
      id: `${tag}-b:ada`,
    });
    expect(ghost).toHaveLength(0);
  });

  it('when the second test article is loaded after the seed, then it joins Musk, Starlink and the WSJ without code changes', async () => {
    await loadSeed(app.graph);
    const { input, text } = readBundleFile(SECOND_BUNDLE);
    const result = await ingestBundle(app.graph, input, text);
    const mergedTargets = Object.values(result.merged);
    expect(mergedTargets).toEqual(
      expect.arrayContaining(['person:elon-musk', 'product:starlink', 'outlet:wsj']),
    );
    const rows = await app.graph.runRaw(
      'MATCH (:Entity {id: "person:elon-musk"})<-[:INVOLVES]-(c:Claim)<-[:OF_CLAIM]-(:Occurrence)-[:IN_SOURCE]->(s:Source) RETURN collect(DISTINCT s.id) AS sources',
    );
    expect((rows[0].sources as string[]).length).toBeGreaterThanOrEqual(2);
  });

  it('when a bundle names stored entities with nothing new, then not one of their properties is written again', async () => {
    const tag = uniqueTag('noop');
    const bundle = smallBundle(tag);
    await ingestBundle(app.graph, bundle);
    const validation = validateBundle(bundle);
    if (!validation.ok) throw new Error('fixture must validate');
    const rows = entityRows(validation.bundle);
    const upsert = async (entities: unknown[]) => {
      const session = app.graph.driver.session();
      try {
        const result = await session.executeWrite((tx) =>
          tx.run(cypher('ingest/upsert-entities'), { entities }),
        );
        return result.summary.counters.updates();
      } finally {
        await session.close();
      }
    };

    const again = await upsert(rows);
    expect(again).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 });

    // A new alias is still added, kept in aliasText, and found by search.
    const ada = rows.find((r) => r.id === `${tag}:ada`)!;
    const alias = `Quilly ${tag}`;
    const enriched = await upsert([
      { ...ada, names: [...ada.names, alias], keys: [...ada.keys, nameKey(alias)] },
    ]);
    expect(enriched.propertiesSet).toBeGreaterThanOrEqual(3);
    const [stored] = await app.graph.runRaw(
      'MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases, e.aliasText AS aliasText',
      { id: ada.id },
    );
    expect(stored.aliases).toEqual([`Quill ${tag}`, alias]);
    expect(stored.aliasText).toBe(`Quill ${tag} ${alias} `);
    const found = await app.graph.runRaw(
      "CALL db.index.fulltext.queryNodes('search_text', $q) YIELD node RETURN collect(node.id) AS ids",
      { q: `"Quilly ${tag}"` },
    );
    expect(found[0].ids).toContain(ada.id);
  });
});
