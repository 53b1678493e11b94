/** Shapes the Cypher map projections return; resolvers turn them into the GraphQL types. */

import type { StoredDate } from '../fuzzy-date';

export interface ClaimRecord extends StoredDate<'applies'> {
  id: string;
  text: string;
  recordedAt: string;
  occurrenceCount?: number;
  independentSources?: number;
  namedSources?: number;
  anonymousSources?: number;
  deepestChain?: number;
  anonymousOnly?: boolean;
  supportingClaims?: number;
  corroborated?: boolean;
  /** Kept by cypher/ingest/refresh-claim-sourcing: origins, each one's group (itself when none). */
  originIds?: string[];
  originGroupIds?: string[];
  carryingSources?: number;
  singleOrigin?: boolean;
  /** Set by corrections and retractions (src/mutations/edit-claim.ts); 1 and false until then. */
  version?: number;
  retracted?: boolean;
}

/** An origin of a claim: the entity, and the group it counts as one with (itself when none). */
export interface OriginRecord {
  entityId: string;
  groupId: string;
}

export interface OccurrenceRecord extends StoredDate<'said'>, StoredDate<'published'> {
  id: string;
  verb: string;
  depth: number;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  contentHash: string;
  recordedAt: string;
  claimId: string;
  speakerId: string;
  reportedById: string;
  sourceId: string;
  quotedFromId: string | null;
  /** REPORTS or DISPUTES; absent on occurrences stored before stances existed (REPORTS). */
  stance?: string | null;
}

export interface RoleRecord extends StoredDate<'period'> {
  title: string;
  asWritten?: string | null;
  ofId?: string | null;
}

export interface EntityRecord {
  id: string;
  kind: string;
  name: string;
  aliases: string[];
  description?: string | null;
  sameAs: string[];
  descriptor?: string | null;
  affiliation?: string[] | null;
  countMin?: number | null;
  countMax?: number | null;
  roles: RoleRecord[];
}

export interface EventRecord extends StoredDate<'date'> {
  id: string;
  name: string;
  description?: string | null;
  placeIds: string[];
  participantIds: string[];
}

export interface SourceRecord extends StoredDate<'published'> {
  id: string;
  title?: string | null;
  url?: string | null;
  text: string;
  contentHash: string;
  furniture: string[];
  publisherId: string;
}

export interface ReviewRecord {
  id: string;
  author: string;
  datePublished: string;
  url?: string | null;
  reviewBody?: string | null;
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  alternateName: string;
}

export interface RelationRecord {
  id: string;
  kind: 'DISPUTES' | 'SUPPORTS';
  note: string | null;
  direction: 'IN' | 'OUT';
  claimId: string;
  evidenceIds: string[];
}

export interface ClaimLinks {
  entityIds: string[];
  eventIds: string[];
  reviews: ReviewRecord[];
}

export interface IdPage {
  total: number;
  ids: string[];
}

export interface NeighbourRecord {
  entityId: string;
  claimIds: string[];
  eventIds: string[];
}

export interface TimelineRecord {
  kind: 'EVENT' | 'CLAIM';
  id: string;
  earliest: string | null;
  latest: string | null;
}

export interface SearchRecord {
  kind: 'CLAIM' | 'QUOTE' | 'ENTITY' | 'EVENT';
  id: string;
  score: number;
}

/** A review with the claim it rates; the claim's `reviews` field adds the id. */
export interface ReviewOfClaimRecord extends ReviewRecord {
  claimId: string;
}

/** One hop of a reporting chain, counted from the hop asked about. */
export interface ReportingHopRecord {
  position: number;
  occurrence: OccurrenceRecord;
}

/** One node of a shortest connection: an entity, or the claim or event between two. */
export interface PathStepRecord {
  id: string;
  kind: 'ENTITY' | 'CLAIM' | 'EVENT';
}

/**
 * Records a query returns beside its answer because the answer points at them: a page of
 * occurrences brings its occurrences, their reporting chains and the entities that spoke and
 * reported them. Each record has exactly the shape its own by-id query gives it (a test compares
 * them), so priming the request's loaders with them changes no answer, only the round trips.
 */
export interface Included {
  claims?: ClaimRecord[] | null;
  occurrences?: OccurrenceRecord[] | null;
  entities?: EntityRecord[] | null;
  events?: EventRecord[] | null;
  /** Reporting chains by occurrence id, as occurrences/find-reporting-chains gives them. */
  chains?: { key: string; value: string[] }[] | null;
  /** Current disputes and supports by claim id, in id order of the relation. */
  relations?: { key: string; value: RelationRecord[] }[] | null;
}
