import { OPERATIONS, Samples } from '../bench/operations';
import { Graph } from '../src/neo4j/graph';

/**
 * What the soak's readers ask, one entry per question, drawn in turn. The benchmark's questions
 * come first, asked exactly as the benchmark asks them; a new reader question is one more entry
 * with its query and how its variables are drawn from the samples.
 */
export interface Question {
  name: string;
  query: string;
  variables(i: number, s: ReadSamples): Record<string, unknown>;
}

/** The benchmark's samples, plus claims the soak's writers have written and seen acknowledged. */
export interface ReadSamples extends Samples {
  writtenClaimIds: string[];
  /** Statements to match: stored claims' texts, reworded a little, and a denial of each. */
  statements: string[];
}

const at = <T>(list: T[], i: number): T => list[i % list.length];

export const QUESTIONS: Question[] = [
  ...OPERATIONS.map((op) => ({
    name: op.name,
    query: op.claimgraph.query,
    variables: op.claimgraph.variables,
  })),
  {
    name: 'written-claim',
    query: `query WrittenClaim($id: ID!) {
  claim(id: $id) {
    id text version retracted
    sourcing { occurrences independentSources corroborated }
    disputedBy { id claim { id } } supportedBy { id claim { id } }
    corrections { kind fromVersion toVersion }
  }
}`,
    variables: (i, s) => ({ id: at(s.writtenClaimIds.length ? s.writtenClaimIds : s.claimIds, i) }),
  },
  {
    name: 'match-claims',
    query: `query Match($text: String!) {
  matchClaims(text: $text, first: 5) {
    score stance
    claim { id text }
    reasons { sharedWords sharedEntities { entity { id } } }
  }
}`,
    variables: (i, s) => ({ text: at(s.statements, i) }),
  },
  {
    name: 'single-origin-claims',
    query: `query SingleOrigin {
  claims(filter: { singleOrigin: true }, first: 20) {
    totalCount
    edges {
      node {
        id
        sourcing { sources independentSources origins { entity { id name } kind } }
      }
    }
  }
}`,
    variables: () => ({}),
  },
  {
    name: 'claim-origins',
    query: `query Origins($id: ID!) {
  claim(id: $id) {
    id
    sourcing { sources independentSources singleOrigin anonymousOnly origins { entity { id } kind } }
    occurrences(first: 10) { edges { node { id source { id } quotedFrom { id source { id } } } } }
  }
}`,
    variables: (i, s) => ({ id: at(s.claimIds, i) }),
  },
  {
    name: 'claim-as-of',
    query: `query AsOf($id: ID!, $asOf: String!) {
  claimAsOf(id: $id, asOf: $asOf) { id text version retracted disputedBy { id } }
}`,
    variables: (i, s) => ({
      id: at(s.writtenClaimIds.length ? s.writtenClaimIds : s.claimIds, i),
      asOf: new Date(Date.now() - (i % 30) * 1000).toISOString(),
    }),
  },
];

/** Samples drawn from the seed article the service loads at its first start. */
export async function seedSamples(graph: Graph): Promise<ReadSamples> {
  const claims = await graph.runRaw(
    'MATCH (c:Claim) RETURN c.id AS id, c.text AS text ORDER BY id LIMIT 60',
  );
  const entities = await graph.runRaw(
    `MATCH (e:Entity) WHERE EXISTS { (e)<-[:INVOLVES]-() }
     RETURN e.id AS id, e.name AS name ORDER BY id LIMIT 40`,
  );
  const entityIds = entities.map((e) => e.id as string);
  const words = entities
    .map((e) => String(e.name).split(/\s+/).pop()!)
    .filter((w) => /^[A-Za-z]{4,}$/.test(w));
  const pairs: [string, string][] = entityIds
    .slice(0, 10)
    .map((id, i) => [id, entityIds[(i * 7 + 3) % entityIds.length]]);
  if (claims.length === 0 || entityIds.length < 2)
    throw new Error('the soak store has no seed article to read: is SEED_ON_START on?');
  return {
    claimIds: claims.map((c) => c.id as string),
    disputedOffsets: [0, 0, 20],
    entityIds,
    pairs,
    words: words.length ? words : ['Starlink'],
    months: [
      ['2022-09-01', '2022-09-30'],
      ['2022-10-01', '2022-10-31'],
      ['2021-01-01', '2021-01-31'],
    ],
    writtenClaimIds: [],
    statements: claims.flatMap((c) => {
      const text = String(c.text);
      return [
        `Reports say ${text.charAt(0).toLowerCase()}${text.slice(1)}`,
        `It is false that ${text}`,
      ];
    }),
  };
}
