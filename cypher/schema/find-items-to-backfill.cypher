// A store written before claim tallies and time spans were kept gets them once, at start-up:
// every claim and event id, unless the marker says the backfill already ran (then no rows).
OPTIONAL MATCH (m:SchemaMigration {id: $migration})
WITH m WHERE m IS NULL
CALL () {
  MATCH (c:Claim) RETURN c.id AS id
  UNION ALL
  MATCH (ev:Event) RETURN ev.id AS id
}
RETURN id
