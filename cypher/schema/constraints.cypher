// Applied at every start-up before any data; each statement is idempotent (IF NOT EXISTS).
// Community edition: uniqueness constraints, range, text and full-text indexes.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT occurrence_id IF NOT EXISTS FOR (n:Occurrence) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_relation_id IF NOT EXISTS FOR (n:ClaimRelation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT review_id IF NOT EXISTS FOR (n:Review) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT bundle_id IF NOT EXISTS FOR (n:Bundle) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT audit_id IF NOT EXISTS FOR (n:AuditEntry) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_name_key IF NOT EXISTS FOR (n:Entity) ON (n.nameKey);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.dateEarliest);
CREATE INDEX claim_applies IF NOT EXISTS FOR (n:Claim) ON (n.appliesEarliest);
CREATE INDEX claim_disputed IF NOT EXISTS FOR (n:Claim) ON (n.disputed);
CREATE INDEX occurrence_published IF NOT EXISTS FOR (n:Occurrence) ON (n.publishedEarliest);
CREATE INDEX relation_kind IF NOT EXISTS FOR (n:ClaimRelation) ON (n.kind);
CREATE INDEX audit_at IF NOT EXISTS FOR (n:AuditEntry) ON (n.at);
CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Claim|Occurrence|Entity|Event) ON EACH [n.text, n.exact, n.name, n.aliasText, n.description];
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE TEXT INDEX alias_key_text IF NOT EXISTS FOR (n:Alias) ON (n.key);
CREATE INDEX claim_anonymous_only IF NOT EXISTS FOR (n:Claim) ON (n.anonymousOnly);
CREATE INDEX claim_corroborated IF NOT EXISTS FOR (n:Claim) ON (n.corroborated);
// Claim lists filter on one sourcing flag and page in id order: with (flag, id) a page comes
// straight out of the index instead of sorting every matching claim (cypher/claims/list-claims).
CREATE INDEX claim_disputed_id IF NOT EXISTS FOR (n:Claim) ON (n.disputed, n.id);
CREATE INDEX claim_anonymous_only_id IF NOT EXISTS FOR (n:Claim) ON (n.anonymousOnly, n.id);
CREATE INDEX claim_corroborated_id IF NOT EXISTS FOR (n:Claim) ON (n.corroborated, n.id);
CREATE INDEX claim_single_origin_id IF NOT EXISTS FOR (n:Claim) ON (n.singleOrigin, n.id);
// Range timelines seek each span class with both ends bounded: (span, order key) per class, where
// the class bounds how long an interval is and the key (earliest, latest, id as one string) is the
// timeline's order, so a page and a count come out of the index (cypher/timeline/refresh-time-spans).
// They replace (span, earliest), which left the items of a window to be read and sorted.
DROP INDEX claim_applies_span IF EXISTS;
DROP INDEX event_date_span IF EXISTS;
CREATE INDEX claim_applies_order IF NOT EXISTS FOR (n:Claim) ON (n.appliesSpan, n.appliesOrder);
CREATE INDEX event_date_order IF NOT EXISTS FOR (n:Event) ON (n.dateSpan, n.dateOrder);
// Claim counts per combination of sourcing flags, kept at write time (cypher/claims/refresh-claim-tallies).
CREATE CONSTRAINT claim_tally_key IF NOT EXISTS FOR (n:ClaimTally) REQUIRE n.key IS UNIQUE;
// Dated claims and events per year, month and day of their start and of their end, kept at write
// time (cypher/timeline/refresh-time-spans); a range timeline's totalCount sums key ranges of them.
CREATE CONSTRAINT date_tally_key IF NOT EXISTS FOR (n:DateTally) REQUIRE n.key IS UNIQUE;
CREATE INDEX date_tally_count IF NOT EXISTS FOR (n:DateTally) ON (n.key, n.count);
// matchClaims (cypher/matching/match-claims): each claim's matchText (its text and its occurrences'
// exact words as one document, cypher/matching/refresh-match-text), with Lucene's English analyzer
// (stop words, possessives, Porter stemming); docs/matching.md. It replaces claim_match, which
// scored a claim's text and its occurrences as separate documents.
DROP INDEX claim_match IF EXISTS;
CREATE FULLTEXT INDEX claim_match_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.matchText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
// matchClaims by meaning (cypher/matching/match-claims-by-meaning): each claim's matchEmbedding,
// the all-MiniLM-L6-v2 embedding of its text (cypher/matching/refresh-match-embedding).
CREATE VECTOR INDEX claim_match_embedding IF NOT EXISTS FOR (n:Claim) ON n.matchEmbedding OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
