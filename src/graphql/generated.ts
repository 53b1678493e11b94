import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ClaimRecord, RelationRecord, ReviewOfClaimRecord, OccurrenceRecord, ReportingHopRecord, OriginRecord, SourceRecord, EntityRecord, RoleRecord, EventRecord, NeighbourRecord, PathStepRecord, TimelineRecord, SearchRecord } from '../repositories/records';
import type { Match, MatchReasonsRecord, EntityReason } from '../matching/match-claims';
import type { ClaimSnapshotRecord, RelationSnapshotRecord, CorrectionRecord, ClaimStateRecord, AuditRecord } from '../repositories/history';
import type { IngestPayloadRecord, EntityMappingRecord, ClaimPayloadRecord, OccurrencePayloadRecord, RelationPayloadRecord, ReviewPayloadRecord, MergePayloadRecord, CorrectionPayloadRecord, RelationRetractionPayloadRecord } from '../mutations/payloads';
import type { Context } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** Any JSON value: an object, array, string, number, boolean or null. */
  JSON: { input: unknown; output: unknown; }
};

/** A new claim. */
export type AddClaimInput = {
  /** The period the claim is about. */
  appliesTo?: InputMaybe<FuzzyDateInput>;
  /** Id to give it (letters, digits and `: . _ - /`); a fresh `claim:<uuid>` when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Ids of existing entities and events the claim is about. */
  subjects?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The proposition in neutral words, 1 to 2000 characters. */
  text: Scalars['String']['input'];
};

/** A new occurrence of a claim in a stored source. */
export type AddOccurrenceInput = {
  /** The claim said. */
  claimId: Scalars['ID']['input'];
  /** The exact words in the source text, verbatim; refused when missing or found more than once without a hint. */
  exact: Scalars['String']['input'];
  /** Picks one place when `exact` appears more than once. */
  hint?: InputMaybe<AnchorHintInput>;
  /** Id to give it; a fresh `occurrence:<uuid>` when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** When this hop was published; the source's date when omitted. */
  published?: InputMaybe<FuzzyDateInput>;
  /** The occurrence of the same claim this hop relays, in this source or any other stored one. */
  quotedFromId?: InputMaybe<Scalars['ID']['input']>;
  /** The outlet (an OUTLET entity) whose publication carries this hop. */
  reportedById: Scalars['ID']['input'];
  /** When the speaker said it. */
  said?: InputMaybe<FuzzyDateInput>;
  /** The stored source whose text carries the words. */
  sourceId: Scalars['ID']['input'];
  /** Who asserted it. */
  speakerId: Scalars['ID']['input'];
  /** DISPUTES when the source mentions the claim only to dispute it; REPORTS when omitted. */
  stance?: InputMaybe<Stance>;
  /** The reporting verb, e.g. `according to`. */
  verb: Scalars['String']['input'];
};

/** A new dispute or support between two existing claims. */
export type AddRelationInput = {
  /** Ids of existing occurrences that show the relation; at least one. */
  evidence: Array<Scalars['ID']['input']>;
  /** The claim that disputes or supports. */
  fromClaimId: Scalars['ID']['input'];
  /** Id to give it; a fresh `rel:<uuid>` when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** A note on the relation. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The claim disputed or supported. */
  toClaimId: Scalars['ID']['input'];
};

/** A new review of an existing claim. */
export type AddReviewInput = {
  /** Who wrote the review. */
  author: Scalars['String']['input'];
  /** The claim reviewed. */
  claimId: Scalars['ID']['input'];
  /** When it was published (YYYY-MM-DD). */
  datePublished: Scalars['String']['input'];
  /** Id to give it; a fresh `review:<uuid>` when omitted. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The rating given. */
  rating: RatingInput;
  /** The review's text. */
  reviewBody?: InputMaybe<Scalars['String']['input']>;
  /** Where it was published (an absolute URL). */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Picks one of several places where a quote appears in a text. */
export type AnchorHintInput = {
  /** 1-based: the nth of the places left after prefix and suffix. */
  occurrence?: InputMaybe<Scalars['Int']['input']>;
  /** The text just before the quote ends with this. */
  prefix?: InputMaybe<Scalars['String']['input']>;
  /** The text just after the quote starts with this. */
  suffix?: InputMaybe<Scalars['String']['input']>;
};

/** What is known of an unnamed source. */
export type AnonymousSource = {
  __typename?: 'AnonymousSource';
  /** Whom they are said to work for. */
  affiliation: Array<Scalars['String']['output']>;
  /** Most people the descriptor stands for, when bounded. */
  countMax?: Maybe<Scalars['Int']['output']>;
  /** Fewest people the descriptor stands for. */
  countMin?: Maybe<Scalars['Int']['output']>;
  /** How the report describes the source, verbatim. */
  descriptor: Scalars['String']['output'];
};

/** The kinds of write the audit log records. */
export type AuditAction =
  /** A claim was added. */
  | 'ADD_CLAIM'
  /** A dispute was added. */
  | 'ADD_DISPUTE'
  /** An occurrence was added. */
  | 'ADD_OCCURRENCE'
  /** A review was added. */
  | 'ADD_REVIEW'
  /** A support was added. */
  | 'ADD_SUPPORT'
  /** A claim was corrected. */
  | 'CORRECT_CLAIM'
  /** A bundle was ingested. */
  | 'INGEST_BUNDLE'
  /** Two entities were merged. */
  | 'MERGE_ENTITIES'
  /** A claim was retracted. */
  | 'RETRACT_CLAIM'
  /** A dispute or support was retracted. */
  | 'RETRACT_RELATION';

/** A page of audit entries. */
export type AuditConnection = {
  __typename?: 'AuditConnection';
  /** The entries on this page. */
  edges: Array<AuditEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Entries in the whole log (or filtered log). */
  totalCount: Scalars['Int']['output'];
};

/** An audit entry with its cursor. */
export type AuditEdge = {
  __typename?: 'AuditEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The entry. */
  node: AuditEntry;
};

/** One write: who made it, when, and what changed. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  /** The kind of write. */
  action: AuditAction;
  /** Who made it: an API key id or `jwt:<sub>`. */
  actor: Scalars['String']['output'];
  /** How the actor authenticated: `api-key` or `jwt`. */
  actorVia: Scalars['String']['output'];
  /** When the write was committed (ISO 8601). */
  at: Scalars['String']['output'];
  /** The change in detail: the input and, for corrections and merges, the state replaced. */
  changes?: Maybe<Scalars['JSON']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The actor's role at the time. */
  role: Scalars['String']['output'];
  /** One line saying what was done. */
  summary: Scalars['String']['output'];
  /** Ids of what the write created or changed. */
  targetIds: Array<Scalars['ID']['output']>;
};

/** A proposition, kept apart from each time it is said (schema.org Claim). */
export type Claim = {
  __typename?: 'Claim';
  /** The period the claim is about, when it is about one. */
  appliesTo?: Maybe<FuzzyDate>;
  /** Every correction and retraction of the claim, oldest first, each with the state it replaced. */
  corrections: Array<Correction>;
  /** Statements that dispute this claim, each with its evidence. */
  disputedBy: Array<ClaimRelation>;
  /** Claims this claim disputes. */
  disputes: Array<ClaimRelation>;
  /** Events the claim is about. */
  events: Array<Event>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Every time the claim was said or reported, deepest reporting chain first. */
  occurrences: OccurrenceConnection;
  /** When this system first recorded the claim (ISO 8601). */
  recordedAt: Scalars['String']['output'];
  /** True once the claim has been retracted; a retracted claim stays readable. */
  retracted: Scalars['Boolean']['output'];
  /** Fact-checkers' reviews of the claim (schema.org ClaimReview). */
  reviews: Array<Review>;
  /** How well the claim is sourced. */
  sourcing: SourcingSummary;
  /** Entities the claim is about. */
  subjects: Array<Entity>;
  /** Statements that support or corroborate this claim. */
  supportedBy: Array<ClaimRelation>;
  /** Claims this claim supports. */
  supports: Array<ClaimRelation>;
  /** The proposition in the curator's neutral words; the speaker's own words are on each occurrence's quote. */
  text: Scalars['String']['output'];
  /** 1 when recorded, one more after each correction or retraction; pass it as `expectedVersion` when editing. */
  version: Scalars['Int']['output'];
};


/** A proposition, kept apart from each time it is said (schema.org Claim). */
export type ClaimOccurrencesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of claims. */
export type ClaimConnection = {
  __typename?: 'ClaimConnection';
  /** The claims on this page. */
  edges: Array<ClaimEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Claims in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A claim with its cursor. */
export type ClaimEdge = {
  __typename?: 'ClaimEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The claim. */
  node: Claim;
};

/** Narrows a list of claims. */
export type ClaimFilter = {
  /** Only claims whose every original speaker is anonymous. */
  anonymousOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only claims that rest on at least two independent original speakers, counting supporting claims. */
  corroborated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only claims that some other claim disputes (true) or that none disputes (false). */
  disputed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only claims carried by two or more sources that all trace back to one independent origin (circular reporting). */
  singleOrigin?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A stored claim that a statement may be an occurrence of, or may dispute. */
export type ClaimMatch = {
  __typename?: 'ClaimMatch';
  /** The stored claim. */
  claim: Claim;
  /** Share of the claim's content words that the statement also has, 0 to 1; comparable across statements. */
  coverage: Scalars['Float']['output'];
  /** Why the claim matched. */
  reasons: MatchReasons;
  /** Relevance (Lucene BM25 over the claim's text and its occurrences' exact words); higher is better, comparable within one statement only. */
  score: Scalars['Float']['output'];
  /** The proposed stance of the statement towards the claim. */
  stance: MatchStance;
};

/** A claim written by a mutation. */
export type ClaimPayload = {
  __typename?: 'ClaimPayload';
  /** The audit entry of this write. */
  auditEntry: AuditEntry;
  /** The claim as it is now. */
  claim: Claim;
};

/** A dispute or support between two claims, with the occurrences that show it. */
export type ClaimRelation = {
  __typename?: 'ClaimRelation';
  /** The claim on the other side: the disputing claim under `disputedBy`, the disputed one under `disputes`. */
  claim: Claim;
  /** Occurrences that make the relation visible in a source. */
  evidence: Array<Occurrence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Dispute or support. */
  kind: RelationKind;
  /** The curator's note on the relation. */
  note?: Maybe<Scalars['String']['output']>;
};

/** A claim's state at one moment of the graph's own record (transaction time, not the time the claim is about). */
export type ClaimSnapshot = {
  __typename?: 'ClaimSnapshot';
  /** The period the claim was about at that moment. */
  appliesTo?: Maybe<FuzzyDate>;
  /** The moment asked about (ISO 8601). */
  asOf: Scalars['String']['output'];
  /** The claim as it is now. */
  current: Claim;
  /** Disputes of this claim recorded by that moment and not retracted by then. */
  disputedBy: Array<RelationSnapshot>;
  /** Claims this claim disputed at that moment. */
  disputes: Array<RelationSnapshot>;
  /** The claim's id. */
  id: Scalars['ID']['output'];
  /** When this system first recorded the claim (ISO 8601). */
  recordedAt: Scalars['String']['output'];
  /** Whether the claim was retracted at that moment. */
  retracted: Scalars['Boolean']['output'];
  /** Supports of this claim recorded by that moment and not retracted by then. */
  supportedBy: Array<RelationSnapshot>;
  /** Claims this claim supported at that moment. */
  supports: Array<RelationSnapshot>;
  /** The claim's text at that moment. */
  text: Scalars['String']['output'];
  /** The claim's version at that moment. */
  version: Scalars['Int']['output'];
};

/** A claim's editable state, as kept in a correction. */
export type ClaimState = {
  __typename?: 'ClaimState';
  /** The period the claim is about. */
  appliesTo?: Maybe<FuzzyDate>;
  /** Whether it was retracted. */
  retracted: Scalars['Boolean']['output'];
  /** The text. */
  text: Scalars['String']['output'];
  /** The version this state had. */
  version: Scalars['Int']['output'];
};

/** A recorded correction or retraction: when, why, by whom, and what it replaced. */
export type Correction = {
  __typename?: 'Correction';
  /** When it was recorded (ISO 8601). */
  at: Scalars['String']['output'];
  /** Who recorded it: an API key id or `jwt:<sub>`. */
  by: Scalars['String']['output'];
  /** Which fields changed: `text`, `appliesTo`, `retracted`. */
  changedFields: Array<Scalars['String']['output']>;
  /** The claim's version before, for claim corrections and retractions. */
  fromVersion?: Maybe<Scalars['Int']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What was done. */
  kind: CorrectionKind;
  /** The claim's state before this correction; null for a relation retraction. */
  previous?: Maybe<ClaimState>;
  /** Why, in the editor's words. */
  reason: Scalars['String']['output'];
  /** The claim's version after, for claim corrections and retractions. */
  toVersion?: Maybe<Scalars['Int']['output']>;
};

/** What a correction did. */
export type CorrectionKind =
  /** A claim's text or period was corrected. */
  | 'CORRECTION'
  /** A dispute or support was retracted. */
  | 'RELATION_RETRACTION'
  /** A claim was retracted. */
  | 'RETRACTION';

/** A claim correction or retraction written by a mutation. */
export type CorrectionPayload = {
  __typename?: 'CorrectionPayload';
  /** The audit entry of this write. */
  auditEntry: AuditEntry;
  /** The claim as it is now. */
  claim: Claim;
  /** The recorded correction, with the state it replaced. */
  correction: Correction;
};

/** What a date written in the statement overlaps. */
export type DateOverlap =
  /** The period the claim is about. */
  | 'CLAIM_PERIOD'
  /** When one of the claim's occurrences was said or published. */
  | 'OCCURRENCE';

/** How precise a written date is (Wikidata keeps a precision on every time value the same way). */
export type DatePrecision =
  /** A calendar day. */
  | 'DAY'
  /** A decade. */
  | 'DECADE'
  /** A month, e.g. `September 2022`. */
  | 'MONTH'
  /** Not known; the interval may be open. */
  | 'UNKNOWN'
  /** A year. */
  | 'YEAR'
  /** Part of a year, e.g. `early 2021` or `late 2022`. */
  | 'YEAR_PART';

/** A person, organization, outlet, anonymous source, place, product or thing. */
export type Entity = {
  __typename?: 'Entity';
  /** Other names and spellings that resolve to it. */
  aliases: Array<Scalars['String']['output']>;
  /** For an anonymous source: how it is described and what is known of it. */
  anonymous?: Maybe<AnonymousSource>;
  /** Claims it asserted, at any hop. */
  claimsAsSpeaker: ClaimConnection;
  /** Claims about it. */
  claimsAsSubject: ClaimConnection;
  /** What is known of it. */
  description?: Maybe<Scalars['String']['output']>;
  /** Events it took part in or that happened there. */
  events: Array<Event>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** What kind of thing it is. */
  kind: EntityKind;
  /** Its name as first recorded. */
  name: Scalars['String']['output'];
  /** Entities linked to it through claims and events, most links first. */
  neighbourhood: NeighbourConnection;
  /** Roles held, with dates. */
  roles: Array<Role>;
  /** External identifiers such as `wikidata:Q317521`. */
  sameAs: Array<Scalars['String']['output']>;
};


/** A person, organization, outlet, anonymous source, place, product or thing. */
export type EntityClaimsAsSpeakerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, outlet, anonymous source, place, product or thing. */
export type EntityClaimsAsSubjectArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person, organization, outlet, anonymous source, place, product or thing. */
export type EntityNeighbourhoodArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of entities. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  /** The entities on this page. */
  edges: Array<EntityEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Entities in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** The shortest chain from one entity to another through claims and events. */
export type EntityConnectionPath = {
  __typename?: 'EntityConnectionPath';
  /** False when the search was cut before it could finish, by its budget of relationships read (CONNECTION_BUDGET) or the query timeout (NEO4J_QUERY_TIMEOUT_MS): then steps is empty and hops 0, and a chain may still exist. True for every chain found, and when no chain exists. */
  complete: Scalars['Boolean']['output'];
  /** Entity-to-entity steps in the chain. */
  hops: Scalars['Int']['output'];
  /** The chain's nodes in order, alternating entities and the claims or events linking them. */
  steps: Array<PathStep>;
};

/** An entity with its cursor. */
export type EntityEdge = {
  __typename?: 'EntityEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The entity. */
  node: Entity;
};

/** What kind of thing an entity is. */
export type EntityKind =
  /** An unnamed source, known only by how a report describes it. */
  | 'ANONYMOUS_SOURCE'
  /** A company, government body, armed force or other organization. */
  | 'ORGANIZATION'
  /** A publisher of reports: a newspaper, broadcaster, or a person's public statements. */
  | 'OUTLET'
  /** A named person. */
  | 'PERSON'
  /** A place. */
  | 'PLACE'
  /** A product or service, e.g. Starlink. */
  | 'PRODUCT'
  /** Any other thing, e.g. a ship. */
  | 'THING';

/** A bundle entity resolved to an entity already stored. */
export type EntityMapping = {
  __typename?: 'EntityMapping';
  /** The id the bundle gave it. */
  bundleEntityId: Scalars['ID']['output'];
  /** The stored entity it joined. */
  entity: Entity;
};

/** Something that happened, with a fuzzy date. */
export type Event = {
  __typename?: 'Event';
  /** Claims about the event. */
  claims: Array<Claim>;
  /** When it happened. */
  date: FuzzyDate;
  /** What happened. */
  description?: Maybe<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Short name. */
  name: Scalars['String']['output'];
  /** Who took part. */
  participants: Array<Entity>;
  /** Where it happened. */
  places: Array<Entity>;
};

/** A date as the source wrote it, the interval it can stand for, and its precision. */
export type FuzzyDate = {
  __typename?: 'FuzzyDate';
  /** First day the date can mean (YYYY-MM-DD, inclusive); null when unknown. */
  earliest?: Maybe<Scalars['String']['output']>;
  /** Last day the date can mean (YYYY-MM-DD, inclusive); null when unknown. */
  latest?: Maybe<Scalars['String']['output']>;
  /** How precise the written date is. */
  precision: DatePrecision;
  /** The words the source used, e.g. `late 2022`; null when the date was inferred. */
  text?: Maybe<Scalars['String']['output']>;
};

/** A date as written, with the interval it stands for and its precision. */
export type FuzzyDateInput = {
  /** First day the date can mean (YYYY-MM-DD); required unless precision is UNKNOWN. */
  earliest?: InputMaybe<Scalars['String']['input']>;
  /** Last day the date can mean (YYYY-MM-DD); required unless precision is UNKNOWN. */
  latest?: InputMaybe<Scalars['String']['input']>;
  /** How precise the written date is. */
  precision: DatePrecision;
  /** The words the source used, e.g. `late 2022`. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** What ingesting a bundle wrote. */
export type IngestBundlePayload = {
  __typename?: 'IngestBundlePayload';
  /** The audit entry of this write. */
  auditEntry: AuditEntry;
  /** The bundle's id. */
  bundleId: Scalars['ID']['output'];
  /** How many of each thing the bundle holds. */
  counts: IngestCounts;
  /** Bundle entities that joined entities already in the graph. */
  merged: Array<EntityMapping>;
  /** The stored source text. */
  source: Source;
};

/** How many of each thing a bundle holds. */
export type IngestCounts = {
  __typename?: 'IngestCounts';
  /** Claims. */
  claims: Scalars['Int']['output'];
  /** Entities. */
  entities: Scalars['Int']['output'];
  /** Events. */
  events: Scalars['Int']['output'];
  /** Occurrences. */
  occurrences: Scalars['Int']['output'];
  /** Disputes and supports. */
  relations: Scalars['Int']['output'];
  /** Reviews. */
  reviews: Scalars['Int']['output'];
};

/** What a statement and a matched claim have in common. */
export type MatchReasons = {
  __typename?: 'MatchReasons';
  /** Denying words of the statement that the claim does not have; non-empty makes the stance DISPUTE_CANDIDATE. */
  negations: Array<Scalars['String']['output']>;
  /** Dates written in the statement that overlap the claim's period or one of its occurrences' dates. */
  overlappingDates: Array<MatchedDate>;
  /** Entities the claim is about or that said it, named in the statement by name or alias. */
  sharedEntities: Array<MatchedEntity>;
  /** Of those, the ones that said the claim (an occurrence's speaker). */
  sharedSpeakers: Array<MatchedEntity>;
  /** Words of the claim's text that the statement has too (compared stemmed, shown as the claim writes them). */
  sharedWords: Array<Scalars['String']['output']>;
};

/** What a statement does to a matched claim, as proposed from its words; a curator decides. */
export type MatchStance =
  /** The statement denies or negates the claim (`false`, `never`, `not`, `denied` where the claim has none): a dispute candidate. */
  | 'DISPUTE_CANDIDATE'
  /** The statement says the claim again: an occurrence of the stored claim. */
  | 'SAME_CLAIM';

/** A date written in a statement that overlaps a matched claim's dates. */
export type MatchedDate = {
  __typename?: 'MatchedDate';
  /** First day it can mean (YYYY-MM-DD). */
  earliest: Scalars['String']['output'];
  /** Last day it can mean (YYYY-MM-DD). */
  latest: Scalars['String']['output'];
  /** What of the claim it overlaps. */
  overlaps: DateOverlap;
  /** The date as the statement wrote it. */
  text: Scalars['String']['output'];
};

/** An entity named in a statement. */
export type MatchedEntity = {
  __typename?: 'MatchedEntity';
  /** The entity. */
  entity: Entity;
  /** The name or alias the statement used. */
  matchedName: Scalars['String']['output'];
};

/** Two entities that are one. */
export type MergeEntitiesInput = {
  /** The duplicate, removed once everything of it has moved to the survivor. */
  duplicateId: Scalars['ID']['input'];
  /** Why they are the same, for the audit log. */
  reason: Scalars['String']['input'];
  /** The entity that stays. */
  survivorId: Scalars['ID']['input'];
};

/** The result of merging two entities. */
export type MergeEntitiesPayload = {
  __typename?: 'MergeEntitiesPayload';
  /** The audit entry of this write. */
  auditEntry: AuditEntry;
  /** The id of the entity merged away. */
  duplicateId: Scalars['ID']['output'];
  /** The surviving entity, with the duplicate's names among its aliases. */
  entity: Entity;
  /** How many relationships moved to the survivor. */
  movedRelationships: Scalars['Int']['output'];
};

/**
 * claimgraph's write API. Every mutation needs a credential (`authorization: Bearer <API key or JWT>`,
 * or `x-api-key: <API key>`), writes its audit entry in the same transaction as its change, and
 * changes nothing when it fails. Editors add and correct; admins also ingest bundles and merge entities.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a claim, optionally about existing entities and events. Editor or admin. */
  addClaim: ClaimPayload;
  /** Records that one claim disputes another, with the occurrences that show it. Editor or admin. */
  addDispute: RelationPayload;
  /** Adds one time a claim was said or reported, anchored to the exact words of a stored source text. Editor or admin. */
  addOccurrence: OccurrencePayload;
  /** Adds a fact-checker's review of a claim (schema.org ClaimReview). Editor or admin. */
  addReview: ReviewPayload;
  /** Records that one claim supports another, with the occurrences that show it. Editor or admin. */
  addSupport: RelationPayload;
  /** Validates and writes one article bundle with the same checks as `npm run ingest`; the same bundle twice changes nothing. Admin only. */
  ingestBundle: IngestBundlePayload;
  /** Merges a duplicate entity into another of the same kind: every relationship moves to the survivor, and the duplicate's names become its aliases. Admin only. */
  mergeEntities: MergeEntitiesPayload;
  /** Corrects a claim's text or period; the state it replaces stays readable through `Claim.corrections` and `claimAsOf`. Editor or admin. */
  recordCorrection: CorrectionPayload;
  /** Retracts a claim: it stays in the graph, marked retracted, with when, why and by whom. Editor or admin. */
  retractClaim: CorrectionPayload;
  /** Retracts a dispute or support: current reads no longer show it, `claimAsOf` before the retraction still does. Editor or admin. */
  retractRelation: RelationRetractionPayload;
};


/**
 * claimgraph's write API. Every mutation needs a credential (`authorization: Bearer <API key or JWT>`,
 * or `x-api-key: <API key>`), writes its audit entry in the same transaction as its change, and
 * changes nothing when it fails. Editors add and correct; admins also ingest bundles and merge entities.
 */
export type MutationAddClaimArgs = {
  input: AddClaimInput;
};


/**
 * claimgraph's write API. Every mutation needs a credential (`authorization: Bearer <API key or JWT>`,
 * or `x-api-key: <API key>`), writes its audit entry in the same transaction as its change, and
 * changes nothing when it fails. Editors add and correct; admins also ingest bundles and merge entities.
 */
export type MutationAddDisputeArgs = {
  input: AddRelationInput;
};


/**
 * claimgraph's write API. Every mutation needs a credential (`authorization: Bearer <API key or JWT>`,
 * or `x-api-key: <API key>`), writes its audit entry in the same transaction as its change, and
 * changes nothing when it fails. Editors add and correct; admins also ingest bundles and merge entities.
 */
export type MutationAddOccurrenceArgs = {
  input: AddOccurrenceInput;
};


/**
 * claimgraph's write API. Every mutation needs a credential (`authorization: Bearer <API key or JWT>`,
 * or `x-api-key: <API key>`), writes its audit entry in the same transaction as its change, and
 * changes nothing when it fails. Editors add and correct; admins also ingest bundles and merge entities.
 */
export type MutationAddReviewArgs = {
  input: AddReviewInput;
};


/**
 * claimgraph's write API. Every mutation needs a credential (`authorization: Bearer <API key or JWT>`,
 * or `x-api-key: <API key>`), writes its audit entry in the same transaction as its change, and
 * changes nothing when it fails. Editors add and correct; admins also ingest bundles and merge entities.
 */
export type MutationAddSupportArgs = {
  input: AddRelationInput;
};


/**
 * claimgraph's write API. Every mutation needs a credential (`authorization: Bearer <API key or JWT>`,
 * or `x-api-key: <API key>`), writes its audit entry in the same transaction as its change, and
 * changes nothing when it fails. Editors add and correct; admins also ingest bundles and merge entities.
 */
export type MutationIngestBundleArgs = {
  bundle: Scalars['JSON']['input'];
};


/**
 * claimgraph's write API. Every mutation needs a credential (`authorization: Bearer <API key or JWT>`,
 * or `x-api-key: <API key>`), writes its audit entry in the same transaction as its change, and
 * changes nothing when it fails. Editors add and correct; admins also ingest bundles and merge entities.
 */
export type MutationMergeEntitiesArgs = {
  input: MergeEntitiesInput;
};


/**
 * claimgraph's write API. Every mutation needs a credential (`authorization: Bearer <API key or JWT>`,
 * or `x-api-key: <API key>`), writes its audit entry in the same transaction as its change, and
 * changes nothing when it fails. Editors add and correct; admins also ingest bundles and merge entities.
 */
export type MutationRecordCorrectionArgs = {
  input: RecordCorrectionInput;
};


/**
 * claimgraph's write API. Every mutation needs a credential (`authorization: Bearer <API key or JWT>`,
 * or `x-api-key: <API key>`), writes its audit entry in the same transaction as its change, and
 * changes nothing when it fails. Editors add and correct; admins also ingest bundles and merge entities.
 */
export type MutationRetractClaimArgs = {
  input: RetractClaimInput;
};


/**
 * claimgraph's write API. Every mutation needs a credential (`authorization: Bearer <API key or JWT>`,
 * or `x-api-key: <API key>`), writes its audit entry in the same transaction as its change, and
 * changes nothing when it fails. Editors add and correct; admins also ingest bundles and merge entities.
 */
export type MutationRetractRelationArgs = {
  input: RetractRelationInput;
};

/** An entity linked to another through claims and events. */
export type Neighbour = {
  __typename?: 'Neighbour';
  /** How many claims link them. */
  claimCount: Scalars['Int']['output'];
  /** Claims that link the two: one is a subject or speaker and the other a subject or speaker too. */
  claims: Array<Claim>;
  /** The linked entity. */
  entity: Entity;
  /** How many events link them. */
  eventCount: Scalars['Int']['output'];
  /** Events both take part in. */
  events: Array<Event>;
};

/** A page of neighbours. */
export type NeighbourConnection = {
  __typename?: 'NeighbourConnection';
  /** The neighbours on this page. */
  edges: Array<NeighbourEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Neighbours in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A neighbour with its cursor. */
export type NeighbourEdge = {
  __typename?: 'NeighbourEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The neighbour. */
  node: Neighbour;
};

/** One time a claim was said or reported: a hop of a reporting chain, anchored to its exact words. */
export type Occurrence = {
  __typename?: 'Occurrence';
  /** The reporting chain from this hop back to the original speaker, this hop first. */
  chain: Array<ReportingHop>;
  /** The claim said. */
  claim: Claim;
  /** Hands the claim passed through to reach this hop: 1 when heard from the speaker directly. */
  hearsayDepth: Scalars['Int']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** When this hop was published. */
  published?: Maybe<FuzzyDate>;
  /** The exact words in the stored source (W3C TextQuoteSelector and TextPositionSelector). */
  quote: Quote;
  /** The hop this one relays, one step closer to the original speaker (PROV wasQuotedFrom). */
  quotedFrom?: Maybe<Occurrence>;
  /** When this system recorded the occurrence (ISO 8601). */
  recordedAt: Scalars['String']['output'];
  /** The outlet whose publication carries this hop. */
  reportedBy: Entity;
  /** When the speaker said it. */
  said?: Maybe<FuzzyDate>;
  /** The stored source text this hop is anchored in. */
  source: Source;
  /** Who asserted it: a person, organization, outlet or anonymous source (PROV wasAttributedTo). */
  speaker: Entity;
  /** Whether the source passes the claim on or mentions it only to dispute it. */
  stance: Stance;
  /** The reporting verb of this hop, e.g. `according to`, `reportedly`. */
  verb: Scalars['String']['output'];
};

/** A page of occurrences. */
export type OccurrenceConnection = {
  __typename?: 'OccurrenceConnection';
  /** The occurrences on this page. */
  edges: Array<OccurrenceEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Occurrences in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** An occurrence with its cursor. */
export type OccurrenceEdge = {
  __typename?: 'OccurrenceEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The occurrence. */
  node: Occurrence;
};

/** An occurrence written by a mutation. */
export type OccurrencePayload = {
  __typename?: 'OccurrencePayload';
  /** The audit entry of this write. */
  auditEntry: AuditEntry;
  /** The occurrence, with its computed anchor. */
  occurrence: Occurrence;
};

/** An original speaker a claim traces back to. */
export type Origin = {
  __typename?: 'Origin';
  /** Who it is. */
  entity: Entity;
  /** The group it counts as one with for independence (its owner, a wire service), when there is one. */
  group?: Maybe<Entity>;
  /** Which kind: a named person or organization, an outlet, an anonymous source. */
  kind: EntityKind;
};

/** Where a page stands in its list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items come before this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** One node of a connection chain. */
export type PathStep = {
  __typename?: 'PathStep';
  /** A claim, when this step links two entities through it. */
  claim?: Maybe<Claim>;
  /** An entity, when this step is one. */
  entity?: Maybe<Entity>;
  /** An event, when this step links two entities through it. */
  event?: Maybe<Event>;
};

/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type Query = {
  __typename?: 'Query';
  /** Who wrote what and when, newest first. Needs an editor or admin credential. */
  auditLog: AuditConnection;
  /** One claim by id; null when there is no such claim. */
  claim?: Maybe<Claim>;
  /** A claim as the graph recorded it at a moment: its text, period and retraction as they stood then, and the disputes and supports recorded by then and not retracted by then. Null when the claim was not recorded yet. */
  claimAsOf?: Maybe<ClaimSnapshot>;
  /** Claims in id order, optionally narrowed to disputed, anonymously sourced or corroborated ones. */
  claims: ClaimConnection;
  /** The shortest chain linking two entities through claims and events; null when none exists within maxHops. */
  connection?: Maybe<EntityConnectionPath>;
  /** Entities whose name or an alias matches, case-insensitively: exact matches first, then prefix and substring matches. */
  entities: EntityConnection;
  /** One entity by id; null when there is no such entity. */
  entity?: Maybe<Entity>;
  /** The stored claims most likely to be the same claim as a statement, best first, each with its score, its reasons and a proposed stance (docs/matching.md). */
  matchClaims: Array<ClaimMatch>;
  /** One occurrence (one time a claim was said or reported) by id; null when there is none. */
  occurrence?: Maybe<Occurrence>;
  /** Full-text search over claim text, quoted words, entity names and aliases and event names, best match first. */
  search: SearchConnection;
  /** One stored source text by id; null when there is none. */
  source?: Maybe<Source>;
  /** Events and claims in date order by their earliest possible date, for one entity or a date range or both. */
  timeline: TimelineConnection;
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QueryAuditLogArgs = {
  action?: InputMaybe<AuditAction>;
  actor?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  claimId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QueryClaimArgs = {
  id: Scalars['ID']['input'];
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QueryClaimAsOfArgs = {
  asOf: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QueryClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ClaimFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QueryConnectionArgs = {
  from: Scalars['ID']['input'];
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QueryEntitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
  name: Scalars['String']['input'];
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QueryMatchClaimsArgs = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
  to?: InputMaybe<Scalars['String']['input']>;
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QueryOccurrenceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QuerySourceArgs = {
  id: Scalars['ID']['input'];
};


/**
 * claimgraph's read API: who said what, who reported it, when, in which exact words, and which
 * statements dispute it. Every list that can grow is a Relay connection with a hard page-size limit.
 */
export type QueryTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
};

/** An occurrence's anchor in its source text (W3C Web Annotation selectors) and the words around it. */
export type Quote = {
  __typename?: 'Quote';
  /** sha256 of the source text the offsets refer to. */
  contentHash: Scalars['String']['output'];
  /** The quote with some surrounding text of the stored source. */
  context: QuoteContext;
  /** 0-based offset after the last character, exclusive. */
  end: Scalars['Int']['output'];
  /** The quoted words, verbatim, typos and curly quotes included. */
  exact: Scalars['String']['output'];
  /** Up to 32 characters just before the quote. */
  prefix: Scalars['String']['output'];
  /** 0-based offset of the first character (UTF-16 code units). */
  start: Scalars['Int']['output'];
  /** Up to 32 characters just after the quote. */
  suffix: Scalars['String']['output'];
};


/** An occurrence's anchor in its source text (W3C Web Annotation selectors) and the words around it. */
export type QuoteContextArgs = {
  chars?: InputMaybe<Scalars['Int']['input']>;
};

/** A quote in its surrounding text. */
export type QuoteContext = {
  __typename?: 'QuoteContext';
  /** Text after the quote. */
  after: Scalars['String']['output'];
  /** Text before the quote. */
  before: Scalars['String']['output'];
  /** The quote itself. */
  exact: Scalars['String']['output'];
};

/** A rating on a scale (schema.org Rating). */
export type Rating = {
  __typename?: 'Rating';
  /** The rating in words, e.g. `False`. */
  alternateName: Scalars['String']['output'];
  /** Best value on the scale. */
  bestRating: Scalars['Float']['output'];
  /** The rating. */
  ratingValue: Scalars['Float']['output'];
  /** Worst value on the scale. */
  worstRating: Scalars['Float']['output'];
};

/** A rating on a scale (schema.org Rating). */
export type RatingInput = {
  /** The rating in words, e.g. `False`. */
  alternateName: Scalars['String']['input'];
  /** Best value on the scale. */
  bestRating: Scalars['Float']['input'];
  /** The rating; between worstRating and bestRating. */
  ratingValue: Scalars['Float']['input'];
  /** Worst value on the scale. */
  worstRating: Scalars['Float']['input'];
};

/** A correction of a claim; give at least one of text and appliesTo. */
export type RecordCorrectionInput = {
  /** The corrected period. */
  appliesTo?: InputMaybe<FuzzyDateInput>;
  /** The claim to correct. */
  claimId: Scalars['ID']['input'];
  /** The version the editor saw (`Claim.version`); a different current version is a CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** Why, 1 to 2000 characters. */
  reason: Scalars['String']['input'];
  /** The corrected text. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Whether one claim disputes or supports another. */
export type RelationKind =
  /** The claim contradicts the other (FEVER REFUTES, Wikidata P1310 `statement disputed by`). */
  | 'DISPUTES'
  /** The claim backs the other (FEVER SUPPORTS). */
  | 'SUPPORTS';

/** A dispute or support written by a mutation. */
export type RelationPayload = {
  __typename?: 'RelationPayload';
  /** The audit entry of this write. */
  auditEntry: AuditEntry;
  /** The occurrences that show it. */
  evidence: Array<Occurrence>;
  /** The claim that disputes or supports. */
  from: Claim;
  /** The relation's id. */
  id: Scalars['ID']['output'];
  /** Dispute or support. */
  kind: RelationKind;
  /** The note on it. */
  note?: Maybe<Scalars['String']['output']>;
  /** The claim disputed or supported. */
  to: Claim;
};

/** A relation retraction written by a mutation. */
export type RelationRetractionPayload = {
  __typename?: 'RelationRetractionPayload';
  /** The audit entry of this write. */
  auditEntry: AuditEntry;
  /** The recorded retraction. */
  correction: Correction;
  /** The claim that disputed or supported. */
  from: Claim;
  /** The retracted relation's id. */
  relationId: Scalars['ID']['output'];
  /** The claim that was disputed or supported. */
  to: Claim;
};

/** A dispute or support as it stood at a moment. */
export type RelationSnapshot = {
  __typename?: 'RelationSnapshot';
  /** The claim on the other side, as it stood at the same moment. */
  claim: ClaimSnapshot;
  /** Occurrences recorded by that moment that show the relation. */
  evidence: Array<Occurrence>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Dispute or support. */
  kind: RelationKind;
  /** The curator's note on the relation. */
  note?: Maybe<Scalars['String']['output']>;
  /** When this system recorded the relation (ISO 8601). */
  recordedAt: Scalars['String']['output'];
};

/** One hop of a reporting chain. */
export type ReportingHop = {
  __typename?: 'ReportingHop';
  /** The occurrence of this hop. */
  occurrence: Occurrence;
  /** 1 for the hop asked about, counting up towards the original speaker. */
  position: Scalars['Int']['output'];
  /** When this hop was published. */
  published?: Maybe<FuzzyDate>;
  /** The outlet that carried this hop. */
  reportedBy: Entity;
  /** The stored source this hop stands in: a chain may cross from one article to another. */
  source: Source;
  /** Who asserted the claim at this hop. */
  speaker: Entity;
  /** The reporting verb of this hop. */
  verb: Scalars['String']['output'];
};

/** A retraction of a claim. */
export type RetractClaimInput = {
  /** The claim to retract. */
  claimId: Scalars['ID']['input'];
  /** The version the editor saw (`Claim.version`); a different current version is a CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** Why, 1 to 2000 characters. */
  reason: Scalars['String']['input'];
};

/** A retraction of a dispute or support. */
export type RetractRelationInput = {
  /** Why, 1 to 2000 characters. */
  reason: Scalars['String']['input'];
  /** The relation's id. */
  relationId: Scalars['ID']['input'];
};

/** A fact-checker's review of a claim (schema.org ClaimReview). */
export type Review = {
  __typename?: 'Review';
  /** Who wrote the review. */
  author: Scalars['String']['output'];
  /** The claim reviewed. */
  claim: Claim;
  /** When it was published (YYYY-MM-DD). */
  datePublished: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** The rating given (schema.org Rating). */
  rating: Rating;
  /** The review's text. */
  reviewBody?: Maybe<Scalars['String']['output']>;
  /** Where it was published. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A review written by a mutation. */
export type ReviewPayload = {
  __typename?: 'ReviewPayload';
  /** The audit entry of this write. */
  auditEntry: AuditEntry;
  /** The review. */
  review: Review;
};

/** A role held by an entity, with its period. */
export type Role = {
  __typename?: 'Role';
  /** The source's words, e.g. `then-head of Roscosmos`. */
  asWritten?: Maybe<Scalars['String']['output']>;
  /** The organization the role is in. */
  of?: Maybe<Entity>;
  /** When it was held. */
  period?: Maybe<FuzzyDate>;
  /** The role, e.g. `head of Roscosmos`. */
  title: Scalars['String']['output'];
};

/** A page of search hits. */
export type SearchConnection = {
  __typename?: 'SearchConnection';
  /** The hits on this page. */
  edges: Array<SearchEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Hits in the whole result. */
  totalCount: Scalars['Int']['output'];
};

/** A search hit with its cursor. */
export type SearchEdge = {
  __typename?: 'SearchEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The hit. */
  node: SearchHit;
};

/** One search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The claim, for CLAIM hits. */
  claim?: Maybe<Claim>;
  /** The entity, for ENTITY hits. */
  entity?: Maybe<Entity>;
  /** The event, for EVENT hits. */
  event?: Maybe<Event>;
  /** What matched. */
  kind: SearchHitKind;
  /** The occurrence, for QUOTE hits. */
  occurrence?: Maybe<Occurrence>;
  /** Relevance; higher is better. */
  score: Scalars['Float']['output'];
};

/** What a search hit is. */
export type SearchHitKind =
  /** A claim's text matched. */
  | 'CLAIM'
  /** An entity's name, alias or description matched. */
  | 'ENTITY'
  /** An event's name or description matched. */
  | 'EVENT'
  /** An occurrence's quoted words matched. */
  | 'QUOTE';

/** A stored source text, such as an article. */
export type Source = {
  __typename?: 'Source';
  /** sha256 of the text; anchors refer to exactly this text. */
  contentHash: Scalars['String']['output'];
  /** Page furniture found in the text and kept out of the graph. */
  furniture: Array<Scalars['String']['output']>;
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** When it was published. */
  published?: Maybe<FuzzyDate>;
  /** The outlet that published it (possibly an honestly unnamed one). */
  publisher: Entity;
  /** The full text, verbatim. */
  text: Scalars['String']['output'];
  /** Title, when known. */
  title?: Maybe<Scalars['String']['output']>;
  /** Address, when known. */
  url?: Maybe<Scalars['String']['output']>;
};

/**
 * How well a claim is sourced, counted over its occurrences' reporting chains, every relay followed
 * across every source (docs/model.md, "Origins and independence"). Occurrences that mention the claim
 * only to dispute it (stance DISPUTES) never count towards its origins.
 */
export type SourcingSummary = {
  __typename?: 'SourcingSummary';
  /** True when every original speaker is anonymous. */
  anonymousOnly: Scalars['Boolean']['output'];
  /** Origins who are anonymous. */
  anonymousSources: Scalars['Int']['output'];
  /** True when at least two independent original speakers stand behind it, counting supporting claims' speakers. */
  corroborated: Scalars['Boolean']['output'];
  /** Hops in the longest reporting chain, 1 when the speaker was heard directly. */
  deepestChain: Scalars['Int']['output'];
  /** Independent origins: origins that are part of one group (an owner, a wire service) count once. */
  independentSources: Scalars['Int']['output'];
  /** Origins who are named. */
  namedSources: Scalars['Int']['output'];
  /** Occurrences of the claim, every hop of every chain counted once. */
  occurrences: Scalars['Int']['output'];
  /** The original speakers the claim traces back to; a speaker known to relay someone else for this claim is never one. */
  origins: Array<Origin>;
  /** True when two or more sources carry the claim but every chain traces back to one independent origin: circular or single-origin reporting. */
  singleOrigin: Scalars['Boolean']['output'];
  /** Stored sources that carry the claim (occurrences with stance REPORTS). */
  sources: Scalars['Int']['output'];
  /** Claims that support this one. */
  supportingClaims: Scalars['Int']['output'];
};

/** Why a source mentions a claim (FNC-1 stance labels). */
export type Stance =
  /** It mentions the claim only to dispute or deny it; such a mention never adds support. */
  | 'DISPUTES'
  /** It passes the claim on. */
  | 'REPORTS';

/** A page of timeline items. */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  /** The items on this page. */
  edges: Array<TimelineEdge>;
  /** Where the page stands. */
  pageInfo: PageInfo;
  /** Items in the whole timeline. */
  totalCount: Scalars['Int']['output'];
};

/** A timeline item with its cursor. */
export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The item. */
  node: TimelineItem;
};

/** One item of a timeline. */
export type TimelineItem = {
  __typename?: 'TimelineItem';
  /** The claim, for CLAIM items. */
  claim?: Maybe<Claim>;
  /** The date the item is ordered by: the event's date or the period the claim is about. */
  date: FuzzyDate;
  /** The event, for EVENT items. */
  event?: Maybe<Event>;
  /** Event or claim. */
  kind: TimelineItemKind;
};

/** What a timeline item stands for. */
export type TimelineItemKind =
  /** A claim is about this period. */
  | 'CLAIM'
  /** An event happened. */
  | 'EVENT';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AddClaimInput: AddClaimInput;
  AddOccurrenceInput: AddOccurrenceInput;
  AddRelationInput: AddRelationInput;
  AddReviewInput: AddReviewInput;
  AnchorHintInput: AnchorHintInput;
  AnonymousSource: ResolverTypeWrapper<AnonymousSource>;
  AuditAction: AuditAction;
  AuditConnection: ResolverTypeWrapper<Omit<AuditConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEdge']> }>;
  AuditEdge: ResolverTypeWrapper<Omit<AuditEdge, 'node'> & { node: ResolversTypes['AuditEntry'] }>;
  AuditEntry: ResolverTypeWrapper<AuditRecord>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimMatch: ResolverTypeWrapper<Match>;
  ClaimPayload: ResolverTypeWrapper<ClaimPayloadRecord>;
  ClaimRelation: ResolverTypeWrapper<RelationRecord>;
  ClaimSnapshot: ResolverTypeWrapper<ClaimSnapshotRecord>;
  ClaimState: ResolverTypeWrapper<ClaimStateRecord>;
  Correction: ResolverTypeWrapper<CorrectionRecord>;
  CorrectionKind: CorrectionKind;
  CorrectionPayload: ResolverTypeWrapper<CorrectionPayloadRecord>;
  DateOverlap: DateOverlap;
  DatePrecision: DatePrecision;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityConnectionPath: ResolverTypeWrapper<Omit<EntityConnectionPath, 'steps'> & { steps: Array<ResolversTypes['PathStep']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityKind: EntityKind;
  EntityMapping: ResolverTypeWrapper<EntityMappingRecord>;
  Event: ResolverTypeWrapper<EventRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FuzzyDate: ResolverTypeWrapper<FuzzyDate>;
  FuzzyDateInput: FuzzyDateInput;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestBundlePayload: ResolverTypeWrapper<IngestPayloadRecord>;
  IngestCounts: ResolverTypeWrapper<IngestCounts>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  MatchReasons: ResolverTypeWrapper<MatchReasonsRecord>;
  MatchStance: MatchStance;
  MatchedDate: ResolverTypeWrapper<MatchedDate>;
  MatchedEntity: ResolverTypeWrapper<EntityReason>;
  MergeEntitiesInput: MergeEntitiesInput;
  MergeEntitiesPayload: ResolverTypeWrapper<MergePayloadRecord>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Neighbour: ResolverTypeWrapper<NeighbourRecord>;
  NeighbourConnection: ResolverTypeWrapper<Omit<NeighbourConnection, 'edges'> & { edges: Array<ResolversTypes['NeighbourEdge']> }>;
  NeighbourEdge: ResolverTypeWrapper<Omit<NeighbourEdge, 'node'> & { node: ResolversTypes['Neighbour'] }>;
  Occurrence: ResolverTypeWrapper<OccurrenceRecord>;
  OccurrenceConnection: ResolverTypeWrapper<Omit<OccurrenceConnection, 'edges'> & { edges: Array<ResolversTypes['OccurrenceEdge']> }>;
  OccurrenceEdge: ResolverTypeWrapper<Omit<OccurrenceEdge, 'node'> & { node: ResolversTypes['Occurrence'] }>;
  OccurrencePayload: ResolverTypeWrapper<OccurrencePayloadRecord>;
  Origin: ResolverTypeWrapper<OriginRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PathStep: ResolverTypeWrapper<PathStepRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<OccurrenceRecord>;
  QuoteContext: ResolverTypeWrapper<QuoteContext>;
  Rating: ResolverTypeWrapper<Rating>;
  RatingInput: RatingInput;
  RecordCorrectionInput: RecordCorrectionInput;
  RelationKind: RelationKind;
  RelationPayload: ResolverTypeWrapper<RelationPayloadRecord>;
  RelationRetractionPayload: ResolverTypeWrapper<RelationRetractionPayloadRecord>;
  RelationSnapshot: ResolverTypeWrapper<RelationSnapshotRecord>;
  ReportingHop: ResolverTypeWrapper<ReportingHopRecord>;
  RetractClaimInput: RetractClaimInput;
  RetractRelationInput: RetractRelationInput;
  Review: ResolverTypeWrapper<ReviewOfClaimRecord>;
  ReviewPayload: ResolverTypeWrapper<ReviewPayloadRecord>;
  Role: ResolverTypeWrapper<RoleRecord>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchHit: ResolverTypeWrapper<SearchRecord>;
  SearchHitKind: SearchHitKind;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourcingSummary: ResolverTypeWrapper<Omit<SourcingSummary, 'origins'> & { origins: Array<ResolversTypes['Origin']> }>;
  Stance: Stance;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimelineConnection: ResolverTypeWrapper<Omit<TimelineConnection, 'edges'> & { edges: Array<ResolversTypes['TimelineEdge']> }>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineItem'] }>;
  TimelineItem: ResolverTypeWrapper<TimelineRecord>;
  TimelineItemKind: TimelineItemKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AddClaimInput: AddClaimInput;
  AddOccurrenceInput: AddOccurrenceInput;
  AddRelationInput: AddRelationInput;
  AddReviewInput: AddReviewInput;
  AnchorHintInput: AnchorHintInput;
  AnonymousSource: AnonymousSource;
  AuditConnection: Omit<AuditConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEdge']> };
  AuditEdge: Omit<AuditEdge, 'node'> & { node: ResolversParentTypes['AuditEntry'] };
  AuditEntry: AuditRecord;
  Boolean: Scalars['Boolean']['output'];
  Claim: ClaimRecord;
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimMatch: Match;
  ClaimPayload: ClaimPayloadRecord;
  ClaimRelation: RelationRecord;
  ClaimSnapshot: ClaimSnapshotRecord;
  ClaimState: ClaimStateRecord;
  Correction: CorrectionRecord;
  CorrectionPayload: CorrectionPayloadRecord;
  Entity: EntityRecord;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityConnectionPath: Omit<EntityConnectionPath, 'steps'> & { steps: Array<ResolversParentTypes['PathStep']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  EntityMapping: EntityMappingRecord;
  Event: EventRecord;
  Float: Scalars['Float']['output'];
  FuzzyDate: FuzzyDate;
  FuzzyDateInput: FuzzyDateInput;
  ID: Scalars['ID']['output'];
  IngestBundlePayload: IngestPayloadRecord;
  IngestCounts: IngestCounts;
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  MatchReasons: MatchReasonsRecord;
  MatchedDate: MatchedDate;
  MatchedEntity: EntityReason;
  MergeEntitiesInput: MergeEntitiesInput;
  MergeEntitiesPayload: MergePayloadRecord;
  Mutation: Record<PropertyKey, never>;
  Neighbour: NeighbourRecord;
  NeighbourConnection: Omit<NeighbourConnection, 'edges'> & { edges: Array<ResolversParentTypes['NeighbourEdge']> };
  NeighbourEdge: Omit<NeighbourEdge, 'node'> & { node: ResolversParentTypes['Neighbour'] };
  Occurrence: OccurrenceRecord;
  OccurrenceConnection: Omit<OccurrenceConnection, 'edges'> & { edges: Array<ResolversParentTypes['OccurrenceEdge']> };
  OccurrenceEdge: Omit<OccurrenceEdge, 'node'> & { node: ResolversParentTypes['Occurrence'] };
  OccurrencePayload: OccurrencePayloadRecord;
  Origin: OriginRecord;
  PageInfo: PageInfo;
  PathStep: PathStepRecord;
  Query: Record<PropertyKey, never>;
  Quote: OccurrenceRecord;
  QuoteContext: QuoteContext;
  Rating: Rating;
  RatingInput: RatingInput;
  RecordCorrectionInput: RecordCorrectionInput;
  RelationPayload: RelationPayloadRecord;
  RelationRetractionPayload: RelationRetractionPayloadRecord;
  RelationSnapshot: RelationSnapshotRecord;
  ReportingHop: ReportingHopRecord;
  RetractClaimInput: RetractClaimInput;
  RetractRelationInput: RetractRelationInput;
  Review: ReviewOfClaimRecord;
  ReviewPayload: ReviewPayloadRecord;
  Role: RoleRecord;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchHit: SearchRecord;
  Source: SourceRecord;
  SourcingSummary: Omit<SourcingSummary, 'origins'> & { origins: Array<ResolversParentTypes['Origin']> };
  String: Scalars['String']['output'];
  TimelineConnection: Omit<TimelineConnection, 'edges'> & { edges: Array<ResolversParentTypes['TimelineEdge']> };
  TimelineEdge: Omit<TimelineEdge, 'node'> & { node: ResolversParentTypes['TimelineItem'] };
  TimelineItem: TimelineRecord;
};

export type AnonymousSourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AnonymousSource'] = ResolversParentTypes['AnonymousSource']> = {
  affiliation?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  countMax?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  countMin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  descriptor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type AuditConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditConnection'] = ResolversParentTypes['AuditConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AuditEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AuditEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEdge'] = ResolversParentTypes['AuditEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
};

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = {
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorVia?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targetIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  appliesTo?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  corrections?: Resolver<Array<ResolversTypes['Correction']>, ParentType, ContextType>;
  disputedBy?: Resolver<Array<ResolversTypes['ClaimRelation']>, ParentType, ContextType>;
  disputes?: Resolver<Array<ResolversTypes['ClaimRelation']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['OccurrenceConnection'], ParentType, ContextType, RequireFields<ClaimOccurrencesArgs, 'first'>>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType>;
  sourcing?: Resolver<ResolversTypes['SourcingSummary'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['ClaimRelation']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['ClaimRelation']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimConnection'] = ResolversParentTypes['ClaimConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ClaimEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimEdge'] = ResolversParentTypes['ClaimEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimMatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimMatch'] = ResolversParentTypes['ClaimMatch']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  coverage?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  reasons?: Resolver<ResolversTypes['MatchReasons'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['MatchStance'], ParentType, ContextType>;
};

export type ClaimPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimPayload'] = ResolversParentTypes['ClaimPayload']> = {
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type ClaimRelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimRelation'] = ResolversParentTypes['ClaimRelation']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Occurrence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ClaimSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimSnapshot'] = ResolversParentTypes['ClaimSnapshot']> = {
  appliesTo?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  disputedBy?: Resolver<Array<ResolversTypes['RelationSnapshot']>, ParentType, ContextType>;
  disputes?: Resolver<Array<ResolversTypes['RelationSnapshot']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['RelationSnapshot']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['RelationSnapshot']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ClaimStateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimState'] = ResolversParentTypes['ClaimState']> = {
  appliesTo?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  retracted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CorrectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Correction'] = ResolversParentTypes['Correction']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  fromVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CorrectionKind'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['ClaimState']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toVersion?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CorrectionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CorrectionPayload'] = ResolversParentTypes['CorrectionPayload']> = {
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  correction?: Resolver<ResolversTypes['Correction'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  anonymous?: Resolver<Maybe<ResolversTypes['AnonymousSource']>, ParentType, ContextType>;
  claimsAsSpeaker?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<EntityClaimsAsSpeakerArgs, 'first'>>;
  claimsAsSubject?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<EntityClaimsAsSubjectArgs, 'first'>>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neighbourhood?: Resolver<ResolversTypes['NeighbourConnection'], ParentType, ContextType, RequireFields<EntityNeighbourhoodArgs, 'first'>>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  sameAs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['EntityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EntityConnectionPathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnectionPath'] = ResolversParentTypes['EntityConnectionPath']> = {
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EntityMappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityMapping'] = ResolversParentTypes['EntityMapping']> = {
  bundleEntityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
};

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = {
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['FuzzyDate'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  participants?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  places?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type FuzzyDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['FuzzyDate'] = ResolversParentTypes['FuzzyDate']> = {
  earliest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  precision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  text?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IngestBundlePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestBundlePayload'] = ResolversParentTypes['IngestBundlePayload']> = {
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  bundleId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['IngestCounts'], ParentType, ContextType>;
  merged?: Resolver<Array<ResolversTypes['EntityMapping']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type IngestCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestCounts'] = ResolversParentTypes['IngestCounts']> = {
  claims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  entities?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviews?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MatchReasonsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchReasons'] = ResolversParentTypes['MatchReasons']> = {
  negations?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  overlappingDates?: Resolver<Array<ResolversTypes['MatchedDate']>, ParentType, ContextType>;
  sharedEntities?: Resolver<Array<ResolversTypes['MatchedEntity']>, ParentType, ContextType>;
  sharedSpeakers?: Resolver<Array<ResolversTypes['MatchedEntity']>, ParentType, ContextType>;
  sharedWords?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MatchedDateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchedDate'] = ResolversParentTypes['MatchedDate']> = {
  earliest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overlaps?: Resolver<ResolversTypes['DateOverlap'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchedEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchedEntity'] = ResolversParentTypes['MatchedEntity']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  matchedName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MergeEntitiesPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeEntitiesPayload'] = ResolversParentTypes['MergeEntitiesPayload']> = {
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  duplicateId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  movedRelationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addClaim?: Resolver<ResolversTypes['ClaimPayload'], ParentType, ContextType, RequireFields<MutationAddClaimArgs, 'input'>>;
  addDispute?: Resolver<ResolversTypes['RelationPayload'], ParentType, ContextType, RequireFields<MutationAddDisputeArgs, 'input'>>;
  addOccurrence?: Resolver<ResolversTypes['OccurrencePayload'], ParentType, ContextType, RequireFields<MutationAddOccurrenceArgs, 'input'>>;
  addReview?: Resolver<ResolversTypes['ReviewPayload'], ParentType, ContextType, RequireFields<MutationAddReviewArgs, 'input'>>;
  addSupport?: Resolver<ResolversTypes['RelationPayload'], ParentType, ContextType, RequireFields<MutationAddSupportArgs, 'input'>>;
  ingestBundle?: Resolver<ResolversTypes['IngestBundlePayload'], ParentType, ContextType, RequireFields<MutationIngestBundleArgs, 'bundle'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeEntitiesPayload'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'input'>>;
  recordCorrection?: Resolver<ResolversTypes['CorrectionPayload'], ParentType, ContextType, RequireFields<MutationRecordCorrectionArgs, 'input'>>;
  retractClaim?: Resolver<ResolversTypes['CorrectionPayload'], ParentType, ContextType, RequireFields<MutationRetractClaimArgs, 'input'>>;
  retractRelation?: Resolver<ResolversTypes['RelationRetractionPayload'], ParentType, ContextType, RequireFields<MutationRetractRelationArgs, 'input'>>;
};

export type NeighbourResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Neighbour'] = ResolversParentTypes['Neighbour']> = {
  claimCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Claim']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  eventCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
};

export type NeighbourConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourConnection'] = ResolversParentTypes['NeighbourConnection']> = {
  edges?: Resolver<Array<ResolversTypes['NeighbourEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type NeighbourEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NeighbourEdge'] = ResolversParentTypes['NeighbourEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Neighbour'], ParentType, ContextType>;
};

export type OccurrenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Occurrence'] = ResolversParentTypes['Occurrence']> = {
  chain?: Resolver<Array<ResolversTypes['ReportingHop']>, ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  hearsayDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
  quotedFrom?: Resolver<Maybe<ResolversTypes['Occurrence']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  said?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  verb?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type OccurrenceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OccurrenceConnection'] = ResolversParentTypes['OccurrenceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OccurrenceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OccurrenceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OccurrenceEdge'] = ResolversParentTypes['OccurrenceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Occurrence'], ParentType, ContextType>;
};

export type OccurrencePayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OccurrencePayload'] = ResolversParentTypes['OccurrencePayload']> = {
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  occurrence?: Resolver<ResolversTypes['Occurrence'], ParentType, ContextType>;
};

export type OriginResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Origin'] = ResolversParentTypes['Origin']> = {
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  group?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  auditLog?: Resolver<ResolversTypes['AuditConnection'], ParentType, ContextType, RequireFields<QueryAuditLogArgs, 'first'>>;
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claimAsOf?: Resolver<Maybe<ResolversTypes['ClaimSnapshot']>, ParentType, ContextType, RequireFields<QueryClaimAsOfArgs, 'asOf' | 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  connection?: Resolver<Maybe<ResolversTypes['EntityConnectionPath']>, ParentType, ContextType, RequireFields<QueryConnectionArgs, 'from' | 'maxHops' | 'to'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first' | 'name'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  matchClaims?: Resolver<Array<ResolversTypes['ClaimMatch']>, ParentType, ContextType, RequireFields<QueryMatchClaimsArgs, 'first' | 'text'>>;
  occurrence?: Resolver<Maybe<ResolversTypes['Occurrence']>, ParentType, ContextType, RequireFields<QueryOccurrenceArgs, 'id'>>;
  search?: Resolver<ResolversTypes['SearchConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType, RequireFields<QuerySourceArgs, 'id'>>;
  timeline?: Resolver<ResolversTypes['TimelineConnection'], ParentType, ContextType, RequireFields<QueryTimelineArgs, 'first'>>;
};

export type QuoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  context?: Resolver<ResolversTypes['QuoteContext'], ParentType, ContextType, RequireFields<QuoteContextArgs, 'chars'>>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  prefix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suffix?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QuoteContextResolvers<ContextType = Context, ParentType extends ResolversParentTypes['QuoteContext'] = ResolversParentTypes['QuoteContext']> = {
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  exact?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type RatingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Rating'] = ResolversParentTypes['Rating']> = {
  alternateName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  bestRating?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  ratingValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  worstRating?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type RelationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationPayload'] = ResolversParentTypes['RelationPayload']> = {
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Occurrence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type RelationRetractionPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationRetractionPayload'] = ResolversParentTypes['RelationRetractionPayload']> = {
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  correction?: Resolver<ResolversTypes['Correction'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  relationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
};

export type RelationSnapshotResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RelationSnapshot'] = ResolversParentTypes['RelationSnapshot']> = {
  claim?: Resolver<ResolversTypes['ClaimSnapshot'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Occurrence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReportingHopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingHop'] = ResolversParentTypes['ReportingHop']> = {
  occurrence?: Resolver<ResolversTypes['Occurrence'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  verb?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Review'] = ResolversParentTypes['Review']> = {
  author?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  datePublished?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['Rating'], ParentType, ContextType>;
  reviewBody?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReviewPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReviewPayload'] = ResolversParentTypes['ReviewPayload']> = {
  auditEntry?: Resolver<ResolversTypes['AuditEntry'], ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Review'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  asWritten?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  of?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SearchConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchConnection'] = ResolversParentTypes['SearchConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchEdge'] = ResolversParentTypes['SearchEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchHit'], ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchHitKind'], ParentType, ContextType>;
  occurrence?: Resolver<Maybe<ResolversTypes['Occurrence']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  contentHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  furniture?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  publisher?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type SourcingSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SourcingSummary'] = ResolversParentTypes['SourcingSummary']> = {
  anonymousOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  anonymousSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  corroborated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  deepestChain?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  independentSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  namedSources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  origins?: Resolver<Array<ResolversTypes['Origin']>, ParentType, ContextType>;
  singleOrigin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  sources?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  supportingClaims?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = {
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['TimelineItem'], ParentType, ContextType>;
};

export type TimelineItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineItem'] = ResolversParentTypes['TimelineItem']> = {
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['FuzzyDate'], ParentType, ContextType>;
  event?: Resolver<Maybe<ResolversTypes['Event']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineItemKind'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AnonymousSource?: AnonymousSourceResolvers<ContextType>;
  AuditConnection?: AuditConnectionResolvers<ContextType>;
  AuditEdge?: AuditEdgeResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimMatch?: ClaimMatchResolvers<ContextType>;
  ClaimPayload?: ClaimPayloadResolvers<ContextType>;
  ClaimRelation?: ClaimRelationResolvers<ContextType>;
  ClaimSnapshot?: ClaimSnapshotResolvers<ContextType>;
  ClaimState?: ClaimStateResolvers<ContextType>;
  Correction?: CorrectionResolvers<ContextType>;
  CorrectionPayload?: CorrectionPayloadResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityConnectionPath?: EntityConnectionPathResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  EntityMapping?: EntityMappingResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  FuzzyDate?: FuzzyDateResolvers<ContextType>;
  IngestBundlePayload?: IngestBundlePayloadResolvers<ContextType>;
  IngestCounts?: IngestCountsResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  MatchReasons?: MatchReasonsResolvers<ContextType>;
  MatchedDate?: MatchedDateResolvers<ContextType>;
  MatchedEntity?: MatchedEntityResolvers<ContextType>;
  MergeEntitiesPayload?: MergeEntitiesPayloadResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Neighbour?: NeighbourResolvers<ContextType>;
  NeighbourConnection?: NeighbourConnectionResolvers<ContextType>;
  NeighbourEdge?: NeighbourEdgeResolvers<ContextType>;
  Occurrence?: OccurrenceResolvers<ContextType>;
  OccurrenceConnection?: OccurrenceConnectionResolvers<ContextType>;
  OccurrenceEdge?: OccurrenceEdgeResolvers<ContextType>;
  OccurrencePayload?: OccurrencePayloadResolvers<ContextType>;
  Origin?: OriginResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteContext?: QuoteContextResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  RelationPayload?: RelationPayloadResolvers<ContextType>;
  RelationRetractionPayload?: RelationRetractionPayloadResolvers<ContextType>;
  RelationSnapshot?: RelationSnapshotResolvers<ContextType>;
  ReportingHop?: ReportingHopResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
  ReviewPayload?: ReviewPayloadResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SearchConnection?: SearchConnectionResolvers<ContextType>;
  SearchEdge?: SearchEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  SourcingSummary?: SourcingSummaryResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  TimelineItem?: TimelineItemResolvers<ContextType>;
};

