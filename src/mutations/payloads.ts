import type { IngestResult } from '../ingest/ingest-bundle';
import { CorrectionRecord } from '../repositories/history';

/** What each mutation hands its payload resolvers: ids to load, so every payload shows the state after the write. */
export type IngestPayloadRecord = IngestResult & { auditId: string };
export interface EntityMappingRecord {
  bundleEntityId: string;
  entityId: string;
}
export interface ClaimPayloadRecord {
  claimId: string;
  auditId: string;
}
export interface OccurrencePayloadRecord {
  occurrenceId: string;
  claimId: string;
  auditId: string;
}
export interface RelationPayloadRecord {
  id: string;
  kind: 'DISPUTES' | 'SUPPORTS';
  from: string;
  to: string;
  evidence: string[];
  note: string | null;
  auditId: string;
}
export interface ReviewPayloadRecord {
  reviewId: string;
  claimId: string;
  auditId: string;
}
export interface MergePayloadRecord {
  survivorId: string;
  duplicateId: string;
  moved: number;
  auditId: string;
}
export interface CorrectionPayloadRecord {
  claimId: string;
  correction: CorrectionRecord;
  auditId: string;
}
export interface RelationRetractionPayloadRecord {
  relationId: string;
  fromId: string;
  toId: string;
  correction: CorrectionRecord;
  auditId: string;
}
