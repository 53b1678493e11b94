import type { Context } from '../graphql/context';
import type { Resolvers } from '../graphql/generated';
import { Claim, ClaimRelation, Review } from './claim';
import { Entity, Event, Neighbour, PathStep, Role, SearchHit, TimelineItem } from './entity';
import { Occurrence, Quote, ReportingHop, Source } from './occurrence';
import { Query } from './query';

export const resolvers: Resolvers<Context> = {
  Query,
  Claim,
  ClaimRelation,
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
};
