import type { GraphQLResolveInfo } from 'graphql';
import type { ClaimRecord, RelationRecord, ReviewOfClaimRecord, OccurrenceRecord, ReportingHopRecord, SourceRecord, EntityRecord, RoleRecord, EventRecord, NeighbourRecord, PathStepRecord, TimelineRecord, SearchRecord } from '../repositories/records';
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

/** A proposition, kept apart from each time it is said (schema.org Claim). */
export type Claim = {
  __typename?: 'Claim';
  /** The period the claim is about, when it is about one. */
  appliesTo?: Maybe<FuzzyDate>;
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
  /** One claim by id; null when there is no such claim. */
  claim?: Maybe<Claim>;
  /** Claims in id order, optionally narrowed to disputed, anonymously sourced or corroborated ones. */
  claims: ClaimConnection;
  /** The shortest chain linking two entities through claims and events; null when none exists within maxHops. */
  connection?: Maybe<EntityConnectionPath>;
  /** Entities whose name or an alias matches, case-insensitively: exact matches first, then prefix and substring matches. */
  entities: EntityConnection;
  /** One entity by id; null when there is no such entity. */
  entity?: Maybe<Entity>;
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
export type QueryClaimArgs = {
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

/** Whether one claim disputes or supports another. */
export type RelationKind =
  /** The claim contradicts the other (FEVER REFUTES, Wikidata P1310 `statement disputed by`). */
  | 'DISPUTES'
  /** The claim backs the other (FEVER SUPPORTS). */
  | 'SUPPORTS';

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
  /** Who asserted the claim at this hop. */
  speaker: Entity;
  /** The reporting verb of this hop. */
  verb: Scalars['String']['output'];
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

/** How well a claim is sourced, counted over its occurrences' reporting chains. */
export type SourcingSummary = {
  __typename?: 'SourcingSummary';
  /** True when every original speaker is anonymous. */
  anonymousOnly: Scalars['Boolean']['output'];
  /** Distinct original speakers who are anonymous. */
  anonymousSources: Scalars['Int']['output'];
  /** True when at least two independent original speakers stand behind it, counting supporting claims' speakers. */
  corroborated: Scalars['Boolean']['output'];
  /** Hops in the longest reporting chain, 1 when the speaker was heard directly. */
  deepestChain: Scalars['Int']['output'];
  /** Distinct original speakers: the first hop of each chain. */
  independentSources: Scalars['Int']['output'];
  /** Distinct original speakers who are named. */
  namedSources: Scalars['Int']['output'];
  /** Occurrences of the claim, every hop of every chain counted once. */
  occurrences: Scalars['Int']['output'];
  /** Claims that support this one. */
  supportingClaims: Scalars['Int']['output'];
};

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
  AnonymousSource: ResolverTypeWrapper<AnonymousSource>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Claim: ResolverTypeWrapper<ClaimRecord>;
  ClaimConnection: ResolverTypeWrapper<Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversTypes['ClaimEdge']> }>;
  ClaimEdge: ResolverTypeWrapper<Omit<ClaimEdge, 'node'> & { node: ResolversTypes['Claim'] }>;
  ClaimFilter: ClaimFilter;
  ClaimRelation: ResolverTypeWrapper<RelationRecord>;
  DatePrecision: DatePrecision;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityConnection: ResolverTypeWrapper<Omit<EntityConnection, 'edges'> & { edges: Array<ResolversTypes['EntityEdge']> }>;
  EntityConnectionPath: ResolverTypeWrapper<Omit<EntityConnectionPath, 'steps'> & { steps: Array<ResolversTypes['PathStep']> }>;
  EntityEdge: ResolverTypeWrapper<Omit<EntityEdge, 'node'> & { node: ResolversTypes['Entity'] }>;
  EntityKind: EntityKind;
  Event: ResolverTypeWrapper<EventRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  FuzzyDate: ResolverTypeWrapper<FuzzyDate>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Neighbour: ResolverTypeWrapper<NeighbourRecord>;
  NeighbourConnection: ResolverTypeWrapper<Omit<NeighbourConnection, 'edges'> & { edges: Array<ResolversTypes['NeighbourEdge']> }>;
  NeighbourEdge: ResolverTypeWrapper<Omit<NeighbourEdge, 'node'> & { node: ResolversTypes['Neighbour'] }>;
  Occurrence: ResolverTypeWrapper<OccurrenceRecord>;
  OccurrenceConnection: ResolverTypeWrapper<Omit<OccurrenceConnection, 'edges'> & { edges: Array<ResolversTypes['OccurrenceEdge']> }>;
  OccurrenceEdge: ResolverTypeWrapper<Omit<OccurrenceEdge, 'node'> & { node: ResolversTypes['Occurrence'] }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PathStep: ResolverTypeWrapper<PathStepRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<OccurrenceRecord>;
  QuoteContext: ResolverTypeWrapper<QuoteContext>;
  Rating: ResolverTypeWrapper<Rating>;
  RelationKind: RelationKind;
  ReportingHop: ResolverTypeWrapper<ReportingHopRecord>;
  Review: ResolverTypeWrapper<ReviewOfClaimRecord>;
  Role: ResolverTypeWrapper<RoleRecord>;
  SearchConnection: ResolverTypeWrapper<Omit<SearchConnection, 'edges'> & { edges: Array<ResolversTypes['SearchEdge']> }>;
  SearchEdge: ResolverTypeWrapper<Omit<SearchEdge, 'node'> & { node: ResolversTypes['SearchHit'] }>;
  SearchHit: ResolverTypeWrapper<SearchRecord>;
  SearchHitKind: SearchHitKind;
  Source: ResolverTypeWrapper<SourceRecord>;
  SourcingSummary: ResolverTypeWrapper<SourcingSummary>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimelineConnection: ResolverTypeWrapper<Omit<TimelineConnection, 'edges'> & { edges: Array<ResolversTypes['TimelineEdge']> }>;
  TimelineEdge: ResolverTypeWrapper<Omit<TimelineEdge, 'node'> & { node: ResolversTypes['TimelineItem'] }>;
  TimelineItem: ResolverTypeWrapper<TimelineRecord>;
  TimelineItemKind: TimelineItemKind;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AnonymousSource: AnonymousSource;
  Boolean: Scalars['Boolean']['output'];
  Claim: ClaimRecord;
  ClaimConnection: Omit<ClaimConnection, 'edges'> & { edges: Array<ResolversParentTypes['ClaimEdge']> };
  ClaimEdge: Omit<ClaimEdge, 'node'> & { node: ResolversParentTypes['Claim'] };
  ClaimFilter: ClaimFilter;
  ClaimRelation: RelationRecord;
  Entity: EntityRecord;
  EntityConnection: Omit<EntityConnection, 'edges'> & { edges: Array<ResolversParentTypes['EntityEdge']> };
  EntityConnectionPath: Omit<EntityConnectionPath, 'steps'> & { steps: Array<ResolversParentTypes['PathStep']> };
  EntityEdge: Omit<EntityEdge, 'node'> & { node: ResolversParentTypes['Entity'] };
  Event: EventRecord;
  Float: Scalars['Float']['output'];
  FuzzyDate: FuzzyDate;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Neighbour: NeighbourRecord;
  NeighbourConnection: Omit<NeighbourConnection, 'edges'> & { edges: Array<ResolversParentTypes['NeighbourEdge']> };
  NeighbourEdge: Omit<NeighbourEdge, 'node'> & { node: ResolversParentTypes['Neighbour'] };
  Occurrence: OccurrenceRecord;
  OccurrenceConnection: Omit<OccurrenceConnection, 'edges'> & { edges: Array<ResolversParentTypes['OccurrenceEdge']> };
  OccurrenceEdge: Omit<OccurrenceEdge, 'node'> & { node: ResolversParentTypes['Occurrence'] };
  PageInfo: PageInfo;
  PathStep: PathStepRecord;
  Query: Record<PropertyKey, never>;
  Quote: OccurrenceRecord;
  QuoteContext: QuoteContext;
  Rating: Rating;
  ReportingHop: ReportingHopRecord;
  Review: ReviewOfClaimRecord;
  Role: RoleRecord;
  SearchConnection: Omit<SearchConnection, 'edges'> & { edges: Array<ResolversParentTypes['SearchEdge']> };
  SearchEdge: Omit<SearchEdge, 'node'> & { node: ResolversParentTypes['SearchHit'] };
  SearchHit: SearchRecord;
  Source: SourceRecord;
  SourcingSummary: SourcingSummary;
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

export type ClaimResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Claim'] = ResolversParentTypes['Claim']> = {
  appliesTo?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  disputedBy?: Resolver<Array<ResolversTypes['ClaimRelation']>, ParentType, ContextType>;
  disputes?: Resolver<Array<ResolversTypes['ClaimRelation']>, ParentType, ContextType>;
  events?: Resolver<Array<ResolversTypes['Event']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurrences?: Resolver<ResolversTypes['OccurrenceConnection'], ParentType, ContextType, RequireFields<ClaimOccurrencesArgs, 'first'>>;
  recordedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reviews?: Resolver<Array<ResolversTypes['Review']>, ParentType, ContextType>;
  sourcing?: Resolver<ResolversTypes['SourcingSummary'], ParentType, ContextType>;
  subjects?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  supportedBy?: Resolver<Array<ResolversTypes['ClaimRelation']>, ParentType, ContextType>;
  supports?: Resolver<Array<ResolversTypes['ClaimRelation']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
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

export type ClaimRelationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ClaimRelation'] = ResolversParentTypes['ClaimRelation']> = {
  claim?: Resolver<ResolversTypes['Claim'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Occurrence']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['RelationKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type EntityEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityEdge'] = ResolversParentTypes['EntityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
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
  claim?: Resolver<Maybe<ResolversTypes['Claim']>, ParentType, ContextType, RequireFields<QueryClaimArgs, 'id'>>;
  claims?: Resolver<ResolversTypes['ClaimConnection'], ParentType, ContextType, RequireFields<QueryClaimsArgs, 'first'>>;
  connection?: Resolver<Maybe<ResolversTypes['EntityConnectionPath']>, ParentType, ContextType, RequireFields<QueryConnectionArgs, 'from' | 'maxHops' | 'to'>>;
  entities?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<QueryEntitiesArgs, 'first' | 'name'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
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

export type ReportingHopResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingHop'] = ResolversParentTypes['ReportingHop']> = {
  occurrence?: Resolver<ResolversTypes['Occurrence'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['FuzzyDate']>, ParentType, ContextType>;
  reportedBy?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
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
  Claim?: ClaimResolvers<ContextType>;
  ClaimConnection?: ClaimConnectionResolvers<ContextType>;
  ClaimEdge?: ClaimEdgeResolvers<ContextType>;
  ClaimRelation?: ClaimRelationResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  EntityConnectionPath?: EntityConnectionPathResolvers<ContextType>;
  EntityEdge?: EntityEdgeResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  FuzzyDate?: FuzzyDateResolvers<ContextType>;
  Neighbour?: NeighbourResolvers<ContextType>;
  NeighbourConnection?: NeighbourConnectionResolvers<ContextType>;
  NeighbourEdge?: NeighbourEdgeResolvers<ContextType>;
  Occurrence?: OccurrenceResolvers<ContextType>;
  OccurrenceConnection?: OccurrenceConnectionResolvers<ContextType>;
  OccurrenceEdge?: OccurrenceEdgeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteContext?: QuoteContextResolvers<ContextType>;
  Rating?: RatingResolvers<ContextType>;
  ReportingHop?: ReportingHopResolvers<ContextType>;
  Review?: ReviewResolvers<ContextType>;
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

