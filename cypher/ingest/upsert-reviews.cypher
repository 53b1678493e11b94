UNWIND $reviews AS r
MATCH (claim:Claim {id: r.claim})
MERGE (n:Review {id: r.id})
  ON CREATE SET
    n.author = r.author,
    n.datePublished = r.datePublished,
    n.url = r.url,
    n.reviewBody = r.reviewBody,
    n.ratingValue = r.rating.ratingValue,
    n.bestRating = r.rating.bestRating,
    n.worstRating = r.rating.worstRating,
    n.alternateName = r.rating.alternateName,
    n.recordedAt = datetime()
MERGE (n)-[:REVIEWS]->(claim)
