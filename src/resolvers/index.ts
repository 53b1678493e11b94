import type { Context } from '../graphql/context';
import type { Resolvers } from '../graphql/generated';
import { Claim, ClaimRelation, Origin, Review } from './claim';
import { Entity, Event, Neighbour, PathStep, Role, SearchHit, TimelineItem } from './entity';
import { Occurrence, Quote, ReportingHop, Source } from './occurrence';
import {
  AuditEntry,
  ClaimPayload,
  CorrectionPayload,
  EntityMapping,
  IngestBundlePayload,
  MergeEntitiesPayload,
  Mutation,
  OccurrencePayload,
  RelationPayload,
  RelationRetractionPayload,
  ReviewPayload,
} from './mutation';
import {
  ClaimHistory,
  ClaimSnapshot,
  ClaimState,
  Correction,
  HistoryQuery,
  JSONScalar,
  RelationSnapshot,
} from './history';
import { ClaimMatch, MatchedEntity, MatchingQuery } from './matching';
import { Query } from './query';

export const resolvers: Resolvers<Context> = {
  Query: { ...Query, ...HistoryQuery, ...MatchingQuery },
  ClaimMatch,
  MatchedEntity,
  Mutation,
  Claim: { ...Claim, ...ClaimHistory },
  ClaimRelation,
  Origin,
  Review,
  Occurrence,
  ReportingHop,
  Quote,
  Source,
  Entity,
  Role,
  Neighbour,
  Event,
  PathStep,
  TimelineItem,
  SearchHit,
  JSON: JSONScalar,
  ClaimSnapshot,
  RelationSnapshot,
  Correction,
  ClaimState,
  AuditEntry,
  IngestBundlePayload,
  EntityMapping,
  ClaimPayload,
  OccurrencePayload,
  RelationPayload,
  ReviewPayload,
  MergeEntitiesPayload,
  CorrectionPayload,
  RelationRetractionPayload,
};
