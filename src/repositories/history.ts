import DataLoader from 'dataloader';
import type { StoredDate } from '../fuzzy-date';
import { Graph } from '../neo4j/graph';
import { Slice, sliceParams } from '../neo4j/slice';
import { keyedLoader } from './loader';
import { RelationRecord } from './records';

export interface CorrectionRecord extends StoredDate<'previousApplies'> {
  id: string;
  kind: 'CORRECTION' | 'RETRACTION' | 'RELATION_RETRACTION';
  at: string;
  by: string;
  reason: string;
  changedFields: string[];
  fromVersion?: number | null;
  toVersion?: number | null;
  previousText?: string | null;
  previousRetracted?: boolean | null;
}

/** A claim's editable state as a correction keeps it (ClaimState). */
export type ClaimStateRecord = StoredDate<'applies'> & {
  text: string;
  retracted: boolean;
  version: number;
};

export interface ClaimSnapshotRecord extends ClaimStateRecord {
  id: string;
  recordedAt: string;
  /** The moment asked about, carried so that nested relations resolve at the same moment. */
  asOf: string;
}

export type RelationSnapshotRecord = RelationRecord & { recordedAt: string; asOf: string };

export interface AuditRecord {
  id: string;
  at: string;
  actor: string;
  actorVia: string;
  role: string;
  action: string;
  summary: string;
  targetIds: string[];
  changes: string | null;
}

export interface AuditFilter {
  claimId: string | null;
  entityId: string | null;
  actor: string | null;
  action: string | null;
}

/** Loaders for one moment; `asOf` is an ISO date-time that Cypher's datetime() reads. */
function atMoment<V>(graph: Graph, query: string, asOf: string, missing: V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const rows = await graph.read<{ key: string; value: V }>(query, {
      ids: [...new Set(keys)],
      asOf,
    });
    const byKey = new Map(rows.map((r) => [r.key, r.value]));
    return keys.map((k) => byKey.get(k) ?? missing);
  });
}

/** The graph's own record over time: corrections, states as of a moment, and the audit log. */
export function createHistory(graph: Graph) {
  const claimLoaders = new Map<string, DataLoader<string, ClaimSnapshotRecord | null>>();
  const relationLoaders = new Map<string, DataLoader<string, RelationSnapshotRecord[]>>();
  const memo = <V>(cache: Map<string, V>, asOf: string, make: () => V) => {
    if (!cache.has(asOf)) cache.set(asOf, make());
    return cache.get(asOf)!;
  };
  return {
    corrections: keyedLoader<CorrectionRecord[]>(graph, 'corrections/find-claim-corrections', []),
    auditEntry: keyedLoader<AuditRecord | null>(graph, 'audit/find-audit-entries-by-ids', null),
    async claimAsOf(id: string, asOf: string): Promise<ClaimSnapshotRecord | null> {
      const loader = memo(claimLoaders, asOf, () =>
        atMoment<ClaimSnapshotRecord | null>(graph, 'corrections/find-claims-as-of', asOf, null),
      );
      const found = await loader.load(id);
      return found && { ...found, asOf };
    },
    async relationsAsOf(id: string, asOf: string): Promise<RelationSnapshotRecord[]> {
      const loader = memo(relationLoaders, asOf, () =>
        atMoment<RelationSnapshotRecord[]>(
          graph,
          'corrections/find-claim-relations-as-of',
          asOf,
          [],
        ),
      );
      return (await loader.load(id)).map((r) => ({ ...r, asOf }));
    },
    async auditLog(filter: AuditFilter, slice: Slice) {
      const params = {
        actor: filter.actor,
        action: filter.action,
        ...sliceParams(slice),
      };
      const query = filter.claimId
        ? 'audit/list-audit-entries-for-claim'
        : filter.entityId
          ? 'audit/list-audit-entries-for-entity'
          : 'audit/list-audit-entries';
      const [row] = await graph.read<{ total: number; items: AuditRecord[] }>(query, {
        ...params,
        targetId: filter.claimId ?? filter.entityId,
      });
      return row ?? { total: 0, items: [] };
    },
  };
}

export type History = ReturnType<typeof createHistory>;
