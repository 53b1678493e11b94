import neo4j from 'neo4j-driver';
import { Graph } from '../src/neo4j/graph';
import { World } from './generate';
import { Samples } from './operations';
import { deriveSeed, Random } from './random';

const SUBJECT_POOLS = ['person', 'org', 'place', 'product', 'thing'] as const;

/**
 * Parameters for the load test, drawn once per graph (untimed) and replayed in the same order
 * against every target. Claims and entities are drawn uniformly, so they are typical ones (the
 * long tail of the power law), not the hubs.
 */
export async function sampleParameters(
  graph: Graph,
  world: World,
  count = 60,
  options: { anyConnection?: boolean } = {},
): Promise<Samples> {
  const random = new Random(deriveSeed(world.spec.seed, 0x5a5a5a));
  const existing = async (label: 'Claim' | 'Entity', ids: string[]) =>
    (
      await graph.runRaw(
        label === 'Claim'
          ? 'UNWIND $ids AS id MATCH (n:Claim {id: id}) RETURN n.id AS id'
          : 'UNWIND $ids AS id MATCH (n:Entity {id: id}) WHERE EXISTS { (n)<-[:INVOLVES]-() } RETURN n.id AS id',
        { ids },
      )
    ).map((r) => r.id as string);

  const claimCandidates = Array.from(
    { length: count * 2 },
    () =>
      `${world.ns}:claim:${random.int(world.bundles)}-${random.int(Math.floor(world.spec.claimsPerBundle * 0.85))}`,
  );
  const claimIds = (await existing('Claim', claimCandidates)).slice(0, count);

  const [{ total }] = await graph.runRaw(
    'MATCH (c:Claim) WHERE c.disputed = true RETURN count(c) AS total',
  );
  const lastOffset = Math.max(0, Math.min(Number(total) - 20, 50 * 20));
  const disputedOffsets = Array.from({ length: count }, () => random.int(lastOffset + 1));

  const weights = SUBJECT_POOLS.map((p) => [p, world.sizes[p]] as const);
  const drawn = Array.from({ length: count * 2 }, () => {
    const pool = random.weighted(weights);
    return { pool, i: random.int(world.sizes[pool]) };
  });
  const alive = new Set(
    await existing(
      'Entity',
      drawn.map((d) => world.id(d.pool, d.i)),
    ),
  );
  const typical = drawn.filter((d) => alive.has(world.id(d.pool, d.i))).slice(0, count);
  const entityIds = typical.map((d) => world.id(d.pool, d.i));
  const words = typical.map((d) => world.nameWord(d.pool, d.i));

  // Two tail entities are usually two hops apart through a shared hub; pairs exactly three hops
  // apart are found by trying pairs of the typical entities drawn above. A search through the
  // biggest hubs of a 1M-claim graph can take long: it is cut after 20 s and the pair skipped.
  const pairs: [string, string][] = [];
  const wanted = options.anyConnection ? [2, 4, 6] : [6];
  const distance = async (from: string, to: string): Promise<number | null> => {
    try {
      const result = await graph.driver.executeQuery(
        'MATCH (a:Entity {id: $from}), (b:Entity {id: $to}) MATCH p = shortestPath((a)-[:INVOLVES*..6]-(b)) RETURN length(p) AS length',
        { from, to },
        {
          database: graph.options.database,
          routing: neo4j.routing.READ,
          transactionConfig: { timeout: 20000 },
        },
      );
      return result.records.length ? Number(result.records[0].get('length')) : null;
    } catch {
      return null;
    }
  };
  for (
    let attempt = 0;
    attempt < 150 && pairs.length < Math.min(count, 20) && entityIds.length > 1;
    attempt++
  ) {
    const from = random.pick(entityIds);
    const to = random.pick(entityIds);
    if (from === to) continue;
    const length = await distance(from, to);
    if (length !== null && wanted.includes(length)) pairs.push([from, to]);
  }

  const months = Array.from({ length: count }, (): [string, string] => {
    const year = 1995 + random.int(30);
    const month = 1 + random.int(12);
    const mm = String(month).padStart(2, '0');
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return [`${year}-${mm}-01`, `${year}-${mm}-${last}`];
  });

  // A statement per sampled claim: its words shuffled and about a fifth dropped (never all).
  const texts = await graph.runRaw(
    'UNWIND $ids AS id MATCH (c:Claim {id: id}) RETURN c.text AS text',
    { ids: claimIds },
  );
  const statements = texts.map((r) => {
    const all = String(r.text).split(/\s+/).filter(Boolean);
    const kept = all.filter(() => random.int(5) !== 0);
    const chosen = kept.length ? kept : all;
    for (let k = chosen.length - 1; k > 0; k--) {
      const j = random.int(k + 1);
      [chosen[k], chosen[j]] = [chosen[j], chosen[k]];
    }
    return chosen.join(' ');
  });

  return { claimIds, disputedOffsets, entityIds, pairs, words, months, statements };
}
