import { compact, cypher } from '../../src/neo4j/cypher';

describe('Cypher text as sent', () => {
  it('when a query has comment lines and indentation, then neither is sent', () => {
    const text = `// What this does, for readers.\nMATCH (c:Claim {id: $id})\n  // why the next line\n  RETURN c {.*, url: 'https://example.org'} AS value\n`;
    expect(compact(text)).toBe(
      `MATCH (c:Claim {id: $id})\nRETURN c {.*, url: 'https://example.org'} AS value`,
    );
  });

  it('when the provenance page query is loaded, then no comment or indentation is sent and every clause is kept', () => {
    const sent = cypher('claims/find-claim-occurrences');
    expect(sent).not.toMatch(/^\s*\/\//m);
    expect(sent).not.toMatch(/^\s/m);
    for (const clause of [
      'UNWIND $pages AS page',
      'WHERE page.relations',
      'RETURN page.key AS key',
    ])
      expect(sent).toContain(clause);
  });
});
