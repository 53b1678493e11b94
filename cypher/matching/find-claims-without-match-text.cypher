// Claims with no matchText yet: written before it was kept, or by the offline import, which
// writes no derived text. applySchema gives them one through refresh-match-text.
MATCH (c:Claim)
WHERE c.matchText IS NULL
RETURN c.id AS id
