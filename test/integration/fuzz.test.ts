import fc from 'fast-check';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLEnumType,
  GraphQLField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isCompositeType,
} from 'graphql';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { buildSchema } from '../../src/graphql/schema';
import { smallBundle, uniqueTag } from '../support/bundles';
import { countAll, createWriteTestApp, GqlResponse, WriteTestApp } from '../support/writes';

/**
 * Sends generated hostile values through every argument of every query and mutation, as variables
 * and as inline literals, and checks that each answer is a GraphQL answer a client can act on:
 * no crash, no masked "Unexpected error.", no driver error, stack trace or Cypher text, and, for
 * the queries, no change to the database.
 */

const HOSTILE = [
  '"}) MATCH (n) DETACH DELETE n //',
  "'}) MATCH (n) DETACH DELETE n //",
  '`Claim`) DETACH DELETE n //',
  '$ids',
  '{id: $id}',
  "' OR 1=1 --",
  'CALL db.labels()',
  'CALL dbms.killQueries([])',
  'LOAD CSV FROM "file:///etc/passwd" AS l RETURN l',
  '\\',
  '"',
  "'",
  '`',
  '*',
  '?',
  '~',
  'AND OR NOT TO',
  '[a TO z]',
  '/.*/',
  '\u0000',
  '\uD800',
  '\u202Eevil',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀👍🏽',
  'ア イ ウ',
  '<script>alert(1)</script>',
  '../../../../etc/passwd',
  'null',
  'NaN',
  '-1',
  '9999999999999999999999',
  '2026-13-45',
  '2026-01-01T25:00:00Z',
  'eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.',
  ' ',
  '',
];

interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

function operations(kind: 'query' | 'mutation'): Operation[] {
  const schema = buildSchema();
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  return Object.values(root?.getFields() ?? {}).map((field) => ({ kind, field }));
}

function stringValue(knownIds: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 120000 }).map((n) => 'ẍ'.repeat(n)) },
    { weight: 3, arbitrary: fc.constantFrom(...knownIds) },
  );
}

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
  fc.array(fc.integer(), { maxLength: 3 }),
);

/** Values of the argument's own type most of the time, and of any other type now and then. */
function valueFor(type: GraphQLInputType, knownIds: string[], depth = 0): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) return valueFor(type.ofType, knownIds, depth);
  let own: fc.Arbitrary<unknown>;
  if (type instanceof GraphQLList)
    own = fc.array(valueFor(type.ofType, knownIds, depth + 1), { maxLength: depth > 1 ? 1 : 4 });
  else if (type instanceof GraphQLEnumType)
    own = fc.oneof(
      fc.constantFrom(...type.getValues().map((v) => v.name)),
      fc.constantFrom(...HOSTILE),
    );
  else if (type instanceof GraphQLInputObjectType) {
    const fields = Object.fromEntries(
      Object.values(type.getFields()).map((f) => [f.name, valueFor(f.type, knownIds, depth + 1)]),
    );
    const required = Object.values(type.getFields())
      .filter((f) => f.type instanceof GraphQLNonNull)
      .map((f) => f.name);
    own = fc.record(fields, { requiredKeys: required });
  } else if (type instanceof GraphQLScalarType) {
    switch (type.name) {
      case 'Int':
        own = fc.oneof(
          fc.integer({ min: -3, max: 150 }),
          fc.constantFrom(0, -1, 1, 2147483647, -2147483648, 2147483648, 1e15, 0.5),
        );
        break;
      case 'Float':
        own = fc.oneof(fc.double(), fc.constantFrom(0, -1, 1e308, -1e308, 5e-324));
        break;
      case 'Boolean':
        own = fc.boolean();
        break;
      case 'JSON':
        own = fc.oneof(
          fc.jsonValue({ maxDepth: 3 }),
          fc.constant({ ...smallBundle('fuzz-never-valid'), bundleVersion: 2 }),
          fc.constant({ source: { textFile: '/etc/passwd' } }),
        );
        break;
      default:
        own = stringValue(knownIds);
    }
  } else {
    own = fc.constant(null);
  }
  // Rarer inside input objects: one wrong leaf stops the whole input at GraphQL's own coercion.
  return fc.oneof(
    { weight: depth === 0 ? 9 : 30, arbitrary: own },
    { weight: 1, arbitrary: wrongType },
  );
}

/** Inline literal for a string argument, so the hostile text goes through the query parser too. */
function literal(value: string): string {
  return JSON.stringify(value);
}

function buildRequest(op: Operation, args: Record<string, unknown>, inline: boolean) {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const passed: string[] = [];
  op.field.args.forEach((arg: GraphQLArgument) => {
    if (!(arg.name in args)) return;
    const value = args[arg.name];
    const named = getNamedType(arg.type);
    if (
      inline &&
      typeof value === 'string' &&
      (named.name === 'String' || named.name === 'ID') &&
      !(arg.type instanceof GraphQLList)
    ) {
      passed.push(`${arg.name}: ${literal(value)}`);
    } else {
      declarations.push(`$${arg.name}: ${arg.type.toString()}`);
      passed.push(`${arg.name}: $${arg.name}`);
      variables[arg.name] = value;
    }
  });
  const selection = isCompositeType(getNamedType(op.field.type)) ? ' { __typename }' : '';
  const query = `${op.kind}${declarations.length ? `(${declarations.join(', ')})` : ''} { ${op.field.name}${passed.length ? `(${passed.join(', ')})` : ''}${selection} }`;
  return { query, variables };
}

const KNOWN_CODES = new Set([
  'BAD_VARIABLES',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'BAD_REQUEST',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'TOO_MANY_TOKENS',
  'TOO_MANY_DIRECTIVES',
]);
const LEAKS =
  /Neo4jError|Neo\.(Client|Transient|Database)Error|neo4j-driver|\bat .+\.(ts|js):\d+|\.cypher\b|UNWIND \$|\bAS key\b|Unexpected error\./;

interface Tally {
  requests: number;
  byCode: Record<string, number>;
  masked: number;
  leaks: string[];
  badStatus: number[];
}

function check(response: GqlResponse, tally: Tally): void {
  tally.requests += 1;
  if (![200, 400, 413].includes(response.status)) tally.badStatus.push(response.status);
  for (const error of response.errors ?? []) {
    // GraphQL's own syntax errors come without a code; they are client errors all the same.
    const code =
      (error.extensions?.code as string | undefined) ??
      (/^Syntax Error/.test(error.message)
        ? 'GRAPHQL_PARSE_FAILED'
        : /^Variable "\$\w+"/.test(error.message)
          ? 'BAD_VARIABLES'
          : 'NONE');
    tally.byCode[code] = (tally.byCode[code] ?? 0) + 1;
    if (code === 'INTERNAL_SERVER_ERROR' || error.message === 'Unexpected error.')
      tally.masked += 1;
    if (!KNOWN_CODES.has(code) || LEAKS.test(error.message))
      tally.leaks.push(`${code}: ${error.message.slice(0, 300)}`);
  }
}

describe('hostile input through every argument of every operation', () => {
  let app: WriteTestApp;
  let tag: string;
  let knownIds: string[];
  const newTally = (): Tally => ({ requests: 0, byCode: {}, masked: 0, leaks: [], badStatus: [] });

  beforeAll(async () => {
    tag = uniqueTag('fuzz');
    app = await createWriteTestApp(tag);
    const bundle = smallBundle(tag);
    await ingestBundle(app.graph, bundle);
    knownIds = [
      ...bundle.entities!.map((e) => e.id),
      ...bundle.claims!.map((c) => c.id),
      ...bundle.occurrences!.map((o) => o.id),
      ...bundle.relations!.map((r) => r.id),
      bundle.source.id,
      'claim:musk-putin-regular-contact',
      'person:elon-musk',
    ];
  });
  afterAll(async () => {
    // The mutations may have created claims under generated ids; remove what the fuzz actor wrote.
    // A removed claim leaves the tally it is counted in (claims/refresh-claim-tallies), as every
    // test that shares this Neo4j reads totals from the tallies.
    await app.graph.runRaw(
      `MATCH (a:AuditEntry {actor: $actor})
       WITH collect(a) AS entries
       WITH entries, reduce(ids = [], a IN entries | ids + a.targetIds) AS ids
       CALL (ids) {
         UNWIND ids AS id
         MATCH (n:Claim {id: id})
         MATCH (t:ClaimTally {key: n.tallyKey})
         SET t.count = t.count - 1
       }
       CALL (ids) { UNWIND ids AS id MATCH (n:Claim {id: id}) DETACH DELETE n }
       CALL (ids) { UNWIND ids AS id MATCH (n:Occurrence {id: id}) DETACH DELETE n }
       CALL (ids) { UNWIND ids AS id MATCH (n:ClaimRelation {id: id}) DETACH DELETE n }
       CALL (ids) { UNWIND ids AS id MATCH (n:Review {id: id}) DETACH DELETE n }
       CALL (ids) { UNWIND ids AS id MATCH (n:Correction {id: id}) DETACH DELETE n }
       FOREACH (a IN entries | DETACH DELETE a)`,
      { actor: app.keys.admin.id },
    );
    await app.close();
  });

  async function fuzz(
    kind: 'query' | 'mutation',
    runsPerOperation: number,
    as: 'reader' | 'admin',
  ) {
    const tally = newTally();
    for (const op of operations(kind)) {
      const args = fc.record(
        Object.fromEntries(op.field.args.map((a) => [a.name, valueFor(a.type, knownIds)])),
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(args, fc.boolean(), async (values, inline) => {
          const { query, variables } = buildRequest(op, values, inline);
          check(await app.gql(query, variables, { as }), tally);
        }),
        { numRuns: runsPerOperation, seed: 20260101 + op.field.name.length },
      );
    }
    return tally;
  }

  it('when ≥700 hostile queries are sent, then every answer is a clean client error or data, and the database is unchanged', async () => {
    const before = await countAll(app.graph);
    const tally = await fuzz('query', Math.ceil(700 / operations('query').length), 'reader');
    expect(tally.requests).toBeGreaterThanOrEqual(700);
    expect(tally.badStatus).toEqual([]);
    expect(tally.leaks).toEqual([]);
    expect(tally.masked).toBe(0);
    expect(tally.byCode.BAD_USER_INPUT).toBeGreaterThan(0);
    expect(await countAll(app.graph)).toEqual(before);
  });

  it('when ≥400 hostile mutations are sent by an admin, then every answer is a clean client error or a write of the value verbatim', async () => {
    const tally = await fuzz('mutation', Math.ceil(400 / operations('mutation').length), 'admin');
    expect(tally.requests).toBeGreaterThanOrEqual(400);
    expect(tally.badStatus).toEqual([]);
    expect(tally.leaks).toEqual([]);
    expect(tally.masked).toBe(0);
    expect(tally.byCode.BAD_USER_INPUT).toBeGreaterThan(100);
    // The Cypher fragments were parameters: the seed and this test's bundle are all still there.
    const [row] = await app.graph.runRaw(
      'MATCH (c:Claim) WHERE c.id IN $ids RETURN count(c) AS n',
      { ids: ['claim:musk-putin-regular-contact', `${tag}:unsafe`] },
    );
    expect(row.n).toBe(2);
  });
});
