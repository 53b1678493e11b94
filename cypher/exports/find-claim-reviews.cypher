// Each reviewed claim with its reviews and every appearance, for schema.org ClaimReview.
// Appearances come original speaker first (shallowest hop), then by earliest publication.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE EXISTS { (:Review)-[:REVIEWS]->(c) }
RETURN c {
  .id,
  .text,
  reviews: COLLECT {
    MATCH (r:Review)-[:REVIEWS]->(c)
    RETURN r {.id, .author, .datePublished, .url, .reviewBody, .ratingValue, .bestRating, .worstRating, .alternateName}
    ORDER BY r.datePublished, r.id
  },
  appearances: COLLECT {
    MATCH (o:Occurrence)-[:OF_CLAIM]->(c)
    MATCH (o)-[:ATTRIBUTED_TO]->(speaker:Entity)
    MATCH (o)-[:REPORTED_BY]->(outlet:Entity)
    MATCH (o)-[:IN_SOURCE]->(source:Source)
    RETURN o {
      .id, .exact, .depth, .verb, .publishedText, .publishedEarliest, .publishedLatest, .publishedPrecision,
      speaker: speaker {.id, .name, .kind},
      outlet: outlet {.id, .name, .kind},
      source: source {.id, .title, .url}
    }
    ORDER BY o.depth, o.publishedEarliest, o.id
  }
} AS claim
ORDER BY claim.id
