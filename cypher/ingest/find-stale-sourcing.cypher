// Claims whose sourcing counts were kept by older rules than refresh-claim-sourcing's (its
// `sourcingRules`; raise both together), to be counted again at start-up.
MATCH (c:Claim)
WHERE coalesce(c.sourcingRules, 0) < 2
RETURN collect(c.id) AS ids
