import { encodeCursor } from '../src/graphql/pagination';
import {
  MATCH_HITS,
  matchQuery,
  SEMANTIC_HITS,
  SEMANTIC_WEIGHT,
} from '../src/matching/match-claims';
import { cleanStatement } from '../src/matching/text';
import { escapeLucene } from '../src/resolvers/lucene';
import type { TargetName } from './services';

/**
 * The questions the benchmark asks, each three ways: claimgraph's GraphQL API, one hand-written
 * Cypher query (bench/cypher/<name>.cypher, the floor), and @neo4j/graphql over the same store.
 * Each way has a function that reduces its answer to ids, so that the answers can be compared.
 */

export interface Samples {
  claimIds: string[];
  /** Offsets of pages into the disputed claims (id order). */
  disputedOffsets: number[];
  /** Typical entities (drawn uniformly from the pools, so mostly from the long tail). */
  entityIds: string[];
  /** Entity pairs whose shortest connection is exactly three entity hops. */
  pairs: [string, string][];
  /** Distinctive words of entity names, what a user types into search. */
  words: string[];
  /** One-month windows, [from, to] as YYYY-MM-DD. */
  months: [string, string][];
  /**
   * Statements to match: sampled claims' texts with their words reordered and some dropped, as a
   * user would paste a paraphrase. Absent from samples files written before the `match` operation.
   */
  statements?: string[];
}

type Json = any;

export interface GraphqlWay {
  query: string;
  variables(i: number, s: Samples): Record<string, unknown>;
  ids(data: Json): string[];
}

export interface CypherWay {
  /** File under bench/cypher/, without .cypher. */
  file: string;
  /** Parameters; keys listed in INTEGER_PARAMS travel as Neo4j integers. */
  params(i: number, s: Samples): Record<string, unknown>;
  ids(rows: Json[]): string[];
}

export interface Operation {
  name: string;
  title: string;
  /** Whether the work per request is bounded by one claim's own neighbourhood, so it should not grow with the graph. */
  perClaim: boolean;
  claimgraph: GraphqlWay;
  cypher: CypherWay;
  /**
   * Where claimgraph ranks differently when Neo4j can embed text (claimgraph.embed): the floor
   * that asks what claimgraph then asks. @neo4j/graphql cannot rank by meaning, so it is still
   * compared with `cypher`, what it can do (see `floorFor`).
   */
  cypherByMeaning?: CypherWay;
  /**
   * Where claimgraph asks a procedure of the embedded launcher (claimgraph.shortestConnection),
   * the floor that calls it too. @neo4j/graphql's @cypher field keeps `cypher` (shortestPath()),
   * what a Neo4j without the launcher offers.
   */
  cypherInLauncher?: CypherWay;
  /** Absent when @neo4j/graphql cannot express the question; `how` says what it used. */
  neo4jGraphql: GraphqlWay & { how: string };
}

/**
 * The operation as asked of one target, with the floor that target's answer is compared with (and,
 * for the floor itself, the query timed): where Neo4j is the embedded launcher's (it can embed,
 * and registers claimgraph.shortestConnection beside claimgraph.embed), claimgraph's floor is
 * `cypherByMeaning` or `cypherInLauncher`; @neo4j/graphql's is always `cypher`.
 */
export function floorFor(op: Operation, target: TargetName, embeds: boolean): Operation {
  if (target === 'neo4j-graphql' || !embeds) return op;
  const floor = op.cypherByMeaning ?? op.cypherInLauncher;
  return floor ? { ...op, cypher: floor } : op;
}

export const INTEGER_PARAMS = ['first', 'skip', 'cap', 'maxHops', 'hits'];
const PAGE = 20;
const at = <T>(list: T[], i: number): T => list[i % list.length];

/**
 * The ids of a page of search hits, in id order, without the hits that tie with the last one:
 * which of several equally scored hits make the cut is the engine's choice, not an answer.
 */
function searchIds(hits: { id: string; score: number }[]): string[] {
  if (hits.length < PAGE) return hits.map((h) => h.id).sort();
  const cut = Math.min(...hits.map((h) => h.score));
  return hits
    .filter((h) => h.score > cut)
    .map((h) => h.id)
    .sort();
}

const MATCH = 10;

/** The statement of sample i; samples files older than the `match` operation fall back to entity words. */
const statementAt = (s: Samples, i: number): string =>
  s.statements?.length ? at(s.statements, i) : at(s.words, i);

/**
 * Matched claim ids, best first, without those that tie with the last one (which of several equal
 * scores make the cut is the engine's choice); scores are compared rounded, as two Lucene reads of
 * the same index may differ in the last bits.
 */
function matchIds(matches: { id: string; score: number }[]): string[] {
  const cut = matches.length < MATCH ? -Infinity : Math.min(...matches.map((m) => m.score));
  return matches.filter((m) => m.score > cut + 1e-6).map((m) => `${m.id}:${m.score.toFixed(3)}`);
}

const byDate = (
  a: { earliest?: string | null; latest?: string | null; id: string },
  b: typeof a,
) => {
  const key = (x: typeof a) =>
    [x.earliest == null ? 1 : 0, x.earliest ?? '', x.latest ?? '\uffff', x.id] as const;
  const [ka, kb] = [key(a), key(b)];
  for (let k = 0; k < ka.length; k++) if (ka[k] !== kb[k]) return ka[k] < kb[k] ? -1 : 1;
  return 0;
};

export const OPERATIONS: Operation[] = [
  {
    name: 'provenance',
    title: 'Claim provenance',
    perClaim: true,
    claimgraph: {
      query: `query Provenance($id: ID!) {
  claim(id: $id) {
    id text appliesTo { text earliest latest precision }
    sourcing { occurrences independentSources namedSources anonymousSources deepestChain anonymousOnly corroborated }
    occurrences(first: ${PAGE}) {
      totalCount
      edges { node {
        id verb hearsayDepth quote { exact start end } published { text earliest latest precision }
        speaker { id name kind } reportedBy { id name }
        chain { occurrence { id } verb speaker { id name kind } reportedBy { id name } }
      } }
    }
    disputedBy { id claim { id text } }
  }
}`,
      variables: (i, s) => ({ id: at(s.claimIds, i) }),
      ids: (d) => [
        d.claim.id,
        ...d.claim.occurrences.edges.map(
          (e: Json) => `${e.node.id}<${e.node.chain.map((h: Json) => h.occurrence.id).join('<')}`,
        ),
        ...d.claim.disputedBy.map((r: Json) => r.claim.id),
      ],
    },
    cypher: {
      file: 'provenance',
      params: (i, s) => ({ id: at(s.claimIds, i), first: PAGE }),
      ids: ([row]) => [
        row.claim.id,
        ...row.claim.occurrences.map(
          (o: Json) => `${o.id}<${o.chain.map((h: Json) => h.id).join('<')}`,
        ),
        ...row.claim.disputedBy.map((r: Json) => r.claim.id),
      ],
    },
    neo4jGraphql: {
      how: 'generated API; the reporting chain is a @cypher field (variable-length path)',
      query: `query Provenance($id: ID!) {
  claims(where: { id: { eq: $id } }) {
    id text appliesText appliesEarliest appliesLatest appliesPrecision
    occurrenceCount independentSources namedSources anonymousSources deepestChain anonymousOnly corroborated
    occurrencesConnection { totalCount }
    occurrences(sort: [{ depth: DESC }, { id: ASC }], limit: ${PAGE}) {
      id verb depth exact start end publishedText publishedEarliest publishedLatest publishedPrecision
      speaker { id name kind } reportedBy { id name }
      chain { id verb speaker { id name kind } reportedBy { id name } }
    }
    relationsIn(where: { kind: { eq: "DISPUTES" } }, sort: [{ id: ASC }]) { id from { id text } }
  }
}`,
      variables: (i, s) => ({ id: at(s.claimIds, i) }),
      ids: (d) => [
        d.claims[0].id,
        ...d.claims[0].occurrences.map(
          (o: Json) => `${o.id}<${o.chain.map((h: Json) => h.id).join('<')}`,
        ),
        ...d.claims[0].relationsIn.map((r: Json) => r.from[0].id),
      ],
    },
  },
  {
    name: 'disputed',
    title: 'A page of disputed claims',
    perClaim: false,
    claimgraph: {
      query: `query Disputed($after: String) {
  claims(filter: { disputed: true }, first: ${PAGE}, after: $after) {
    totalCount
    edges { node {
      id text
      disputedBy { id note claim { id text } evidence { id published { text } speaker { id name } reportedBy { id name } } }
    } }
  }
}`,
      variables: (i, s) => {
        const offset = at(s.disputedOffsets, i);
        return { after: offset === 0 ? null : encodeCursor(offset - 1) };
      },
      ids: (d) => [
        String(d.claims.totalCount),
        ...d.claims.edges.flatMap((e: Json) => [
          e.node.id,
          ...e.node.disputedBy.map((r: Json) => r.claim.id),
        ]),
      ],
    },
    cypher: {
      file: 'disputed',
      params: (i, s) => ({ skip: at(s.disputedOffsets, i), first: PAGE }),
      ids: ([row]) => [
        String(row.total),
        ...row.claims.flatMap((c: Json) => [c.id, ...c.disputedBy.map((r: Json) => r.claim.id)]),
      ],
    },
    neo4jGraphql: {
      how: 'generated API (filter, sort, offset, connection totalCount)',
      query: `query Disputed($offset: Int!) {
  claimsConnection(where: { disputed: { eq: true } }) { totalCount }
  claims(where: { disputed: { eq: true } }, sort: [{ id: ASC }], limit: ${PAGE}, offset: $offset) {
    id text
    relationsIn(where: { kind: { eq: "DISPUTES" } }, sort: [{ id: ASC }]) {
      id note from { id text }
      evidence { id publishedText speaker { id name } reportedBy { id name } }
    }
  }
}`,
      variables: (i, s) => ({ offset: at(s.disputedOffsets, i) }),
      ids: (d) => [
        String(d.claimsConnection.totalCount),
        ...d.claims.flatMap((c: Json) => [c.id, ...c.relationsIn.map((r: Json) => r.from[0].id)]),
      ],
    },
  },
  {
    name: 'neighbourhood',
    title: "An entity's neighbourhood",
    perClaim: false,
    claimgraph: {
      query: `query Neighbourhood($id: ID!) {
  entity(id: $id) {
    id name
    neighbourhood(first: ${PAGE}) { totalCount edges { node { entity { id name kind } claimCount eventCount } } }
  }
}`,
      variables: (i, s) => ({ id: at(s.entityIds, i) }),
      ids: (d) => [
        String(d.entity.neighbourhood.totalCount),
        ...d.entity.neighbourhood.edges.map(
          (e: Json) => `${e.node.entity.id}:${e.node.claimCount}:${e.node.eventCount}`,
        ),
      ],
    },
    cypher: {
      file: 'neighbourhood',
      params: (i, s) => ({ id: at(s.entityIds, i), first: PAGE }),
      ids: ([row]) => [
        String(row.entity.total),
        ...row.entity.neighbours.map((n: Json) => `${n.id}:${n.claimCount}:${n.eventCount}`),
      ],
    },
    neo4jGraphql: {
      how: '@cypher fields (counting and ordering by a count is beyond the generated API)',
      query: `query Neighbourhood($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    id name neighbourCount
    neighbours(first: ${PAGE}) { id name kind claimCount eventCount }
  }
}`,
      variables: (i, s) => ({ id: at(s.entityIds, i) }),
      ids: (d) => [
        String(d.entities[0].neighbourCount),
        ...d.entities[0].neighbours.map((n: Json) => `${n.id}:${n.claimCount}:${n.eventCount}`),
      ],
    },
  },
  {
    name: 'connection',
    title: '3-hop connection between two entities',
    perClaim: false,
    claimgraph: {
      query: `query Connection($from: ID!, $to: ID!) {
  connection(from: $from, to: $to, maxHops: 3) {
    hops
    steps { entity { id name } claim { id text } event { id name } }
  }
}`,
      variables: (i, s) => ({ from: at(s.pairs, i)[0], to: at(s.pairs, i)[1] }),
      // Equally short chains may differ; the hop count and the ends must agree.
      ids: (d) => {
        const steps = d.connection.steps.map((st: Json) => (st.entity ?? st.claim ?? st.event).id);
        return [String(d.connection.hops), steps[0], steps[steps.length - 1]];
      },
    },
    cypher: {
      file: 'connection',
      params: (i, s) => ({ from: at(s.pairs, i)[0], to: at(s.pairs, i)[1], maxHops: 3 }),
      ids: ([row]) => [
        String((row.steps.length - 1) / 2),
        row.steps[0].id,
        row.steps[row.steps.length - 1].id,
      ],
    },
    cypherInLauncher: {
      file: 'connection-in-procedure',
      params: (i, s) => ({ from: at(s.pairs, i)[0], to: at(s.pairs, i)[1], maxHops: 3 }),
      ids: ([row]) => [
        String((row.steps.length - 1) / 2),
        row.steps[0].id,
        row.steps[row.steps.length - 1].id,
      ],
    },
    neo4jGraphql: {
      how: 'a Query @cypher field (path finding is beyond the generated API)',
      query: `query Connection($from: ID!, $to: ID!) {
  connection(from: $from, to: $to, maxHops: 3) {
    __typename
    ... on Entity { id name }
    ... on Claim { id text }
    ... on Event { id name }
  }
}`,
      variables: (i, s) => ({ from: at(s.pairs, i)[0], to: at(s.pairs, i)[1] }),
      ids: (d) => [
        String((d.connection.length - 1) / 2),
        d.connection[0].id,
        d.connection[d.connection.length - 1].id,
      ],
    },
  },
  {
    name: 'search',
    title: 'Full-text search',
    perClaim: false,
    claimgraph: {
      query: `query Search($q: String!) {
  search(query: $q, first: ${PAGE}) {
    totalCount
    edges { node { kind score claim { id text } occurrence { id quote { exact } } entity { id name } event { id name } } }
  }
}`,
      variables: (i, s) => ({ q: at(s.words, i) }),
      ids: (d) =>
        searchIds(
          d.search.edges.map((e: Json) => ({
            id: (e.node.claim ?? e.node.occurrence ?? e.node.entity ?? e.node.event).id,
            score: e.node.score,
          })),
        ),
    },
    cypher: {
      file: 'search',
      params: (i, s) => ({ query: escapeLucene(at(s.words, i)), first: PAGE, cap: 1000 }),
      ids: ([row]) => searchIds(row.hits),
    },
    neo4jGraphql: {
      how: '@fulltext: one generated query per label over the same index, merged by score in the client',
      query: `query Search($q: String!) {
  claims: searchClaims(phrase: $q, first: ${PAGE}, sort: [{ score: DESC }]) { totalCount edges { score node { id text } } }
  quotes: searchQuotes(phrase: $q, first: ${PAGE}, sort: [{ score: DESC }]) { totalCount edges { score node { id exact } } }
  entities: searchEntities(phrase: $q, first: ${PAGE}, sort: [{ score: DESC }]) { totalCount edges { score node { id name } } }
  events: searchEvents(phrase: $q, first: ${PAGE}, sort: [{ score: DESC }]) { totalCount edges { score node { id name } } }
}`,
      variables: (i, s) => ({ q: escapeLucene(at(s.words, i)) }),
      ids: (d) =>
        searchIds(
          [...d.claims.edges, ...d.quotes.edges, ...d.entities.edges, ...d.events.edges]
            .sort((a: Json, b: Json) => b.score - a.score)
            .slice(0, PAGE)
            .map((e: Json) => ({ id: e.node.id, score: e.score })),
        ),
    },
  },
  {
    name: 'timeline',
    title: "An entity's timeline",
    perClaim: false,
    claimgraph: {
      query: `query Timeline($id: ID!) {
  timeline(entityId: $id, first: 50) {
    totalCount
    edges { node { kind date { text earliest latest precision } event { id name } claim { id text } } }
  }
}`,
      variables: (i, s) => ({ id: at(s.entityIds, i) }),
      ids: (d) => [
        String(d.timeline.totalCount),
        ...d.timeline.edges.map((e: Json) => (e.node.event ?? e.node.claim).id),
      ],
    },
    cypher: {
      file: 'timeline',
      params: (i, s) => ({ id: at(s.entityIds, i), first: 50 }),
      ids: ([row]) => [String(row.total), ...row.items.map((x: Json) => x.id)],
    },
    neo4jGraphql: {
      how: 'generated API: claims and events as two sorted, limited lists, merged in the client',
      query: `query Timeline($id: ID!) {
  entities(where: { id: { eq: $id } }) {
    involvedInConnection { totalCount }
    involvedIn(sort: [{ appliesEarliest: ASC }, { appliesLatest: ASC }, { id: ASC }], limit: 50) {
      id text appliesText appliesEarliest appliesLatest appliesPrecision
    }
    eventsInvolvedConnection { totalCount }
    eventsInvolved(sort: [{ dateEarliest: ASC }, { dateLatest: ASC }, { id: ASC }], limit: 50) {
      id name dateText dateEarliest dateLatest datePrecision
    }
  }
}`,
      variables: (i, s) => ({ id: at(s.entityIds, i) }),
      ids: (d) => {
        const e = d.entities[0];
        const items = [
          ...e.involvedIn.map((c: Json) => ({
            id: c.id,
            earliest: c.appliesEarliest,
            latest: c.appliesLatest,
          })),
          ...e.eventsInvolved.map((ev: Json) => ({
            id: ev.id,
            earliest: ev.dateEarliest,
            latest: ev.dateLatest,
          })),
        ].sort(byDate);
        return [
          String(e.involvedInConnection.totalCount + e.eventsInvolvedConnection.totalCount),
          ...items.slice(0, 50).map((x) => x.id),
        ];
      },
    },
  },
  {
    name: 'timeline-range',
    title: 'Timeline of one month',
    perClaim: false,
    claimgraph: {
      query: `query TimelineRange($from: String!, $to: String!) {
  timeline(from: $from, to: $to, first: 50) {
    totalCount
    edges { node { kind date { text earliest latest precision } event { id name } claim { id text } } }
  }
}`,
      variables: (i, s) => ({ from: at(s.months, i)[0], to: at(s.months, i)[1] }),
      ids: (d) => [
        String(d.timeline.totalCount),
        ...d.timeline.edges.map((e: Json) => (e.node.event ?? e.node.claim).id),
      ],
    },
    cypher: {
      file: 'timeline-range',
      params: (i, s) => ({ from: at(s.months, i)[0], to: at(s.months, i)[1], first: 50 }),
      ids: ([row]) => [String(row.total), ...row.items.map((x: Json) => x.id)],
    },
    neo4jGraphql: {
      how: 'generated API with string range filters: claims and events as two sorted lists, merged in the client',
      query: `query TimelineRange($from: String!, $to: String!) {
  claimsConnection(where: { appliesEarliest: { lte: $to }, appliesLatest: { gte: $from } }) { totalCount }
  claims(where: { appliesEarliest: { lte: $to }, appliesLatest: { gte: $from } }, sort: [{ appliesEarliest: ASC }, { appliesLatest: ASC }, { id: ASC }], limit: 50) {
    id text appliesText appliesEarliest appliesLatest appliesPrecision
  }
  eventsConnection(where: { dateEarliest: { lte: $to }, dateLatest: { gte: $from } }) { totalCount }
  events(where: { dateEarliest: { lte: $to }, dateLatest: { gte: $from } }, sort: [{ dateEarliest: ASC }, { dateLatest: ASC }, { id: ASC }], limit: 50) {
    id name dateText dateEarliest dateLatest datePrecision
  }
}`,
      variables: (i, s) => ({ from: at(s.months, i)[0], to: at(s.months, i)[1] }),
      ids: (d) => {
        const items = [
          ...d.claims.map((c: Json) => ({
            id: c.id,
            earliest: c.appliesEarliest,
            latest: c.appliesLatest,
          })),
          ...d.events.map((ev: Json) => ({
            id: ev.id,
            earliest: ev.dateEarliest,
            latest: ev.dateLatest,
          })),
        ].sort(byDate);
        return [
          String(d.claimsConnection.totalCount + d.eventsConnection.totalCount),
          ...items.slice(0, 50).map((x) => x.id),
        ];
      },
    },
  },
  {
    name: 'match',
    title: 'Claims matching a statement',
    perClaim: false,
    claimgraph: {
      query: `query Match($text: String!) {
  matchClaims(text: $text, first: ${MATCH}) { score claim { id text } }
}`,
      variables: (i, s) => ({ text: statementAt(s, i) }),
      ids: (d) => matchIds(d.matchClaims.map((m: Json) => ({ id: m.claim.id, score: m.score }))),
    },
    cypher: {
      file: 'match',
      // The same Lucene query and hit budget as matchClaims (src/matching, src/repositories).
      params: (i, s) => ({
        query: matchQuery(statementAt(s, i)),
        hits: Math.max(MATCH_HITS, MATCH * 4),
        first: MATCH,
      }),
      ids: ([row]) => matchIds(row.matches),
    },
    cypherByMeaning: {
      file: 'match-by-meaning',
      // The same Lucene query, embedded text, hit budget and weight as matchClaims by meaning
      // (src/matching, src/resolvers/matching.ts, src/repositories).
      params: (i, s) => ({
        query: matchQuery(statementAt(s, i)),
        text: cleanStatement(statementAt(s, i)),
        hits: Math.max(SEMANTIC_HITS, MATCH * 4),
        semanticWeight: SEMANTIC_WEIGHT,
        first: MATCH,
      }),
      ids: ([row]) => matchIds(row.matches),
    },
    neo4jGraphql: {
      how: '@fulltext over the same claim_match_text index (a claim and its quotes as one document); it ranks by words only, so it is compared with the words-only floor even where claimgraph ranks by meaning',
      query: `query Match($q: String!) {
  claims: matchClaimTexts(phrase: $q, first: ${MATCH_HITS * 2}, sort: [{ score: DESC }]) { edges { score node { id } } }
}`,
      variables: (i, s) => ({ q: matchQuery(statementAt(s, i)) }),
      ids: (d) => {
        const scored = d.claims.edges.map((h: Json) => ({ id: h.node.id, score: h.score }));
        scored.sort(
          (a: Json, b: Json) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        );
        return matchIds(scored.slice(0, MATCH));
      },
    },
  },
];
