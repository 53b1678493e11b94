import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * schema.graphql is the one source of truth for types: `npm run codegen` writes the resolver
 * types, `npm run codegen:check` fails when the committed file is stale. Mappers name the record
 * shapes the Cypher projections return, so a resolver is typed against what it really receives.
 */
const records = '../repositories/records#';
const history = '../repositories/history#';
const writes = '../mutations/payloads#';
const matching = '../matching/match-claims#';

export const GENERATED_FILE = 'src/graphql/generated.ts';

const config: CodegenConfig = {
  schema: 'schema.graphql',
  generates: {
    [GENERATED_FILE]: {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: './context#Context',
        scalars: { ID: 'string', JSON: 'unknown' },
        mappers: {
          Claim: `${records}ClaimRecord`,
          ClaimRelation: `${records}RelationRecord`,
          Review: `${records}ReviewOfClaimRecord`,
          Occurrence: `${records}OccurrenceRecord`,
          Quote: `${records}OccurrenceRecord`,
          ReportingHop: `${records}ReportingHopRecord`,
          Origin: `${records}OriginRecord`,
          Source: `${records}SourceRecord`,
          Entity: `${records}EntityRecord`,
          Role: `${records}RoleRecord`,
          Event: `${records}EventRecord`,
          Neighbour: `${records}NeighbourRecord`,
          PathStep: `${records}PathStepRecord`,
          TimelineItem: `${records}TimelineRecord`,
          SearchHit: `${records}SearchRecord`,
          ClaimMatch: `${matching}Match`,
          MatchReasons: `${matching}MatchReasonsRecord`,
          MatchedEntity: `${matching}EntityReason`,
          ClaimSnapshot: `${history}ClaimSnapshotRecord`,
          RelationSnapshot: `${history}RelationSnapshotRecord`,
          Correction: `${history}CorrectionRecord`,
          ClaimState: `${history}ClaimStateRecord`,
          AuditEntry: `${history}AuditRecord`,
          IngestBundlePayload: `${writes}IngestPayloadRecord`,
          EntityMapping: `${writes}EntityMappingRecord`,
          ClaimPayload: `${writes}ClaimPayloadRecord`,
          OccurrencePayload: `${writes}OccurrencePayloadRecord`,
          RelationPayload: `${writes}RelationPayloadRecord`,
          ReviewPayload: `${writes}ReviewPayloadRecord`,
          MergeEntitiesPayload: `${writes}MergePayloadRecord`,
          CorrectionPayload: `${writes}CorrectionPayloadRecord`,
          RelationRetractionPayload: `${writes}RelationRetractionPayloadRecord`,
        },
      },
    },
  },
};

export default config;
