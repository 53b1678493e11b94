import { parse } from 'graphql';
import { loadConfig } from '../../src/config';
import { loadExamples } from '../../src/graphql/examples';
import { countTokens, limitErrors, measureOperation } from '../../src/graphql/limits';
import { buildSchema } from '../../src/graphql/schema';

const schema = buildSchema();
const measure = (query: string, variables?: Record<string, unknown>) =>
  measureOperation(schema, parse(query), undefined, variables);
const defaults = loadConfig({});
const limits = {
  maxDepth: defaults.maxQueryDepth,
  maxCost: defaults.maxQueryCost,
  maxAliases: defaults.maxAliases,
  maxTokens: defaults.maxTokens,
  maxDirectives: defaults.maxDirectives,
};

/** The researcher's question of issue 16: each search hit's disputes, their occurrences and chains. */
const researcher = (hits: number, occurrences: number) => `{
  search(query: "Musk", first: ${hits}) { edges { node { claim { id text
    disputedBy { claim { id text occurrences(first: ${occurrences}) { edges { node { id
      speaker { name } chain { position speaker { name } reportedBy { name } } } } } } }
  } } } }
}`;

describe('the cost of an operation', () => {
  it('when the GraphiQL examples are measured, then each costs what its pages can fetch, far below the limit', () => {
    const costs = Object.fromEntries(loadExamples().map((e) => [e.name, measure(e.query).cost]));
    expect(costs).toEqual({
      'claim-provenance': 283,
      'circular-reporting': 4080,
      'reliance-on-anonymous-sources': 1450,
      'disputed-claims': 4260,
      'sourcing-overview': 850,
      'musk-connections': 208,
      'search-sevastopol': 180,
      'shortest-chain': 26,
      'starlink-timeline': 300,
    });
    for (const example of loadExamples()) {
      expect({
        example: example.name,
        errors: limitErrors(measure(example.query), limits),
      }).toEqual({ example: example.name, errors: [] });
    }
  });

  it('when a connection is paged, then its cost is its first times what each item selects', () => {
    expect(measure('{ claims(first: 10) { edges { node { id text } } } }').cost).toBe(10 * 3);
    expect(measure('{ claims(first: 20) { edges { node { id text } } } }').cost).toBe(20 * 3);
    // The schema's default page (20) counts when first is not sent.
    expect(measure('{ claims { edges { node { id } } } }').cost).toBe(20 * 3);
    // A first over the largest page counts as the largest page: the field itself refuses it by name.
    expect(measure('{ claims(first: 2147483647) { edges { node { id } } } }').cost).toBe(100 * 3);
    // A variable counts with the value sent.
    expect(
      measure('query Q($n: Int) { claims(first: $n) { edges { node { id } } } }', { n: 7 }).cost,
    ).toBe(7 * 3);
  });

  it('when a deep question asks for small pages, then it passes; when it fans out wide, then it is refused with QUERY_TOO_COMPLEX', () => {
    const deep = measure(researcher(50, 20));
    expect(deep.depth).toBeLessThanOrEqual(limits.maxDepth);
    expect(limitErrors(deep, limits)).toEqual([]);
    const wide = measure(researcher(100, 100));
    const [error] = limitErrors(wide, limits);
    expect(error.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(error.message).toContain(`could fetch ${wide.cost} objects`);
    expect(error.message).toContain(`at most ${limits.maxCost}`);
    expect(error.message).not.toMatch(/Syntax Error/);
  });

  it('when fragments are spread many times over, then each is measured once and the measure stays quick', () => {
    const levels = 25;
    const fragments = Array.from(
      { length: levels },
      (_, i) =>
        `fragment F${i} on Claim { id ${i + 1 < levels ? `a: disputedBy { claim { ...F${i + 1} } } b: supportedBy { claim { ...F${i + 1} } }` : ''} }`,
    ).join('\n');
    const started = performance.now();
    const measured = measure(`{ claim(id: "x") { ...F0 } }\n${fragments}`);
    expect(performance.now() - started).toBeLessThan(500);
    expect(measured.cost).toBeGreaterThan(limits.maxCost);
    expect(measured.depth).toBeGreaterThan(limits.maxDepth);
  });
});

describe('every limit refusal', () => {
  it('when each limit is passed, then the refusal carries its code, the limit, the value found and the setting', () => {
    const over = { depth: 13, cost: 100001, aliases: 16, directives: 21 };
    expect(
      limitErrors(over, limits).map((e) => ({ code: e.extensions.code, message: e.message })),
    ).toEqual([
      {
        code: 'QUERY_TOO_DEEP',
        message: expect.stringMatching(/nests 13 levels.*at most 12.*MAX_QUERY_DEPTH/),
      },
      {
        code: 'QUERY_TOO_COMPLEX',
        message: expect.stringMatching(/100001 objects.*at most 100000.*MAX_QUERY_COST/),
      },
      {
        code: 'TOO_MANY_ALIASES',
        message: expect.stringMatching(/16 aliases.*at most 15.*MAX_ALIASES/),
      },
      {
        code: 'TOO_MANY_DIRECTIVES',
        message: expect.stringMatching(/21 directives.*at most 20.*MAX_DIRECTIVES/),
      },
    ]);
  });

  it('when a document is lexed, then every token counts and a lexing error stops the count', () => {
    expect(countTokens('{ claim(id: "x") { id } }')).toBe(11);
    expect(countTokens('{ a "unterminated')).toBe(2);
  });

  it('when aliases and directives sit in fragments, then they count where they are spread', () => {
    const m = measure(
      '{ claim(id: "x") { ...F } } fragment F on Claim { a: id b: text @include(if: true) }',
    );
    expect(m.aliases).toBe(2);
    expect(m.directives).toBe(1);
  });
});
