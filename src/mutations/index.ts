import type { Principal } from '../auth/principal';
import { Graph } from '../neo4j/graph';
import { addClaim } from './add-claim';
import { addOccurrence } from './add-occurrence';
import { addRelation } from './add-relation';
import { addReview } from './add-review';
import { EditOptions, recordCorrection, retractClaim } from './edit-claim';
import { ingestBundle } from './ingest-bundle';
import { mergeEntities } from './merge-entities';
import { retractRelation } from './retract-relation';

export type WriteOptions = EditOptions;

/**
 * Every write of the API, one use case per module. Each runs in one transaction with its checks
 * and its audit entry, so a refused or failed write changes nothing and no change lands
 * unrecorded; each refuses with a domain error (./errors.ts) that the GraphQL edge translates.
 */
export function createWrites(graph: Graph, options: WriteOptions = {}) {
  return {
    ingestBundle: (actor: Principal, raw: unknown) => ingestBundle(graph, actor, raw),
    addClaim: (actor: Principal, raw: unknown) => addClaim(graph, actor, raw),
    addOccurrence: (actor: Principal, raw: unknown) => addOccurrence(graph, actor, raw),
    addRelation: (actor: Principal, kind: 'DISPUTES' | 'SUPPORTS', raw: unknown) =>
      addRelation(graph, actor, kind, raw),
    addReview: (actor: Principal, raw: unknown) => addReview(graph, actor, raw),
    mergeEntities: (actor: Principal, raw: unknown) => mergeEntities(graph, actor, raw),
    recordCorrection: (actor: Principal, raw: unknown) =>
      recordCorrection(graph, actor, raw, options),
    retractClaim: (actor: Principal, raw: unknown) => retractClaim(graph, actor, raw, options),
    retractRelation: (actor: Principal, raw: unknown) => retractRelation(graph, actor, raw),
  };
}

export type Writes = ReturnType<typeof createWrites>;
