import fs from 'node:fs';
import path from 'node:path';
import { compact, cypher, expandIncludes } from '../../src/neo4j/cypher';

const CYPHER_DIR = path.join(__dirname, '../../cypher');
/** Every query file by name, as written. */
const queryFiles = () =>
  fs
    .readdirSync(CYPHER_DIR, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.cypher') && !f.startsWith('fragments'))
    .map((f) => ({
      name: f.replace(/\.cypher$/, ''),
      text: fs.readFileSync(path.join(CYPHER_DIR, f), 'utf8'),
    }));

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

  describe('fragments included at load time', () => {
    const fragments = new Map([
      ['fragments/thing', 'thing {.*, ownerId: head([(thing)-[:OWNED_BY]->(owner) | owner.id])}'],
      [
        'fragments/things-of',
        'CALL (holder) {\nMATCH (holder)-[:HAS]->(t)\nRETURN collect(t {/* include fragments/thing */}) AS things\n}',
      ],
    ]);

    it('when a projection includes a fragment, then its body is spliced in with the includer’s variable', () => {
      expect(expandIncludes('RETURN n {/* include fragments/thing */} AS value', fragments)).toBe(
        'RETURN n {.*, ownerId: head([(n)-[:OWNED_BY]->(owner) | owner.id])} AS value',
      );
    });

    it('when a subquery includes a fragment that includes another, then both are expanded', () => {
      expect(
        expandIncludes(
          'MATCH (p)\nCALL (p) {/* include fragments/things-of */}\nRETURN things',
          fragments,
        ),
      ).toBe(
        'MATCH (p)\nCALL (p) {\nMATCH (p)-[:HAS]->(t)\nRETURN collect(t {.*, ownerId: head([(t)-[:OWNED_BY]->(owner) | owner.id])}) AS things\n}\nRETURN things',
      );
    });

    it('when a fragment is missing, then loading fails and names it', () => {
      expect(() => expandIncludes('RETURN n {/* include fragments/nothing */}', fragments)).toThrow(
        'No Cypher fragment cypher/fragments/nothing.cypher',
      );
    });

    it('when the queries are loaded, then every include is expanded and every fragment is used', () => {
      const used = new Set<string>();
      for (const { name, text } of queryFiles()) {
        for (const m of text.matchAll(/include (fragments\/[\w-]+)/g)) used.add(m[1]);
        expect(cypher(name)).not.toContain('include fragments/');
      }
      const fragmentFiles = fs.readdirSync(path.join(CYPHER_DIR, 'fragments'));
      for (const file of fragmentFiles) {
        const name = `fragments/${file.replace(/\.cypher$/, '')}`;
        const nested = fragmentFiles.some((f) =>
          fs
            .readFileSync(path.join(CYPHER_DIR, 'fragments', f), 'utf8')
            .includes(`include ${name} `),
        );
        expect(used.has(name) || nested).toBe(true);
      }
    });

    it('when a read query returns an occurrence, entity or event record, then it includes the fragment rather than spelling the shape out', () => {
      // The shapes the included records share with the by-id queries (src/repositories/records.ts).
      // exports/ keeps its own projections (a PROV document states fewer properties).
      const spelledOut = [
        'speakerId: head(',
        'roles: [(',
        'participantIds: [(',
        'MATCH (r:ClaimRelation)-[:TO]->',
      ];
      for (const { name, text } of queryFiles()) {
        if (name.startsWith('exports/')) continue;
        for (const shape of spelledOut)
          expect({ name, has: text.includes(shape) }).toEqual({ name, has: false });
      }
    });
  });
});
