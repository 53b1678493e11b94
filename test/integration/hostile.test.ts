import { getIntrospectionQuery } from 'graphql';
import { loadConfig } from '../../src/config';
import { loadExamples } from '../../src/graphql/examples';
import { createDriver } from '../../src/neo4j/connect';
import { QueryTimeoutError } from '../../src/neo4j/errors';
import { Graph } from '../../src/neo4j/graph';
import { loadSeed } from '../support/app';
import { uniqueTag } from '../support/bundles';
import { createWriteTestApp, WriteTestApp } from '../support/writes';

const LIMIT_CODES = new Set([
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'TOO_MANY_TOKENS',
  'TOO_MANY_DIRECTIVES',
]);

describe('hostile queries', () => {
  let app: WriteTestApp;
  beforeAll(async () => {
    app = await createWriteTestApp(uniqueTag('hostile'));
    await loadSeed(app.graph);
  });
  afterAll(() => app.close());

  it('when an operation nests deeper than MAX_QUERY_DEPTH, then it is refused before it runs with QUERY_TOO_DEEP', async () => {
    const selection = 'quotedFrom { '.repeat(13) + 'id' + ' }'.repeat(13);
    const response = await app.gql(`{ occurrence(id: "x") { ${selection} } }`);
    expect(response.data).toBeUndefined();
    expect(response.errors![0].extensions!.code).toBe('QUERY_TOO_DEEP');
    expect(response.errors![0].message).toMatch(/nests 15 levels deep; at most 12/);
  });

  it('when an operation uses too many aliases, tokens or directives, then it is refused with a code naming the limit', async () => {
    const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: claim(id: "x") { id }`).join(' ')} }`;
    const tokens = `{ claim(id: "x") { ${'id '.repeat(2100)} } }`;
    const directives = `{ claim(id: "x") { id ${'@include(if: true) '.repeat(21)} } }`;
    const refusals = [];
    for (const query of [aliases, tokens, directives]) {
      const response = await app.gql(query);
      expect(response.data).toBeUndefined();
      refusals.push(response.errors!.map((e) => [e.extensions!.code, e.message]));
    }
    expect(refusals).toEqual([
      [['TOO_MANY_ALIASES', expect.stringMatching(/uses 16 aliases; at most 15 .*MAX_ALIASES/)]],
      [['TOO_MANY_TOKENS', expect.stringMatching(/has 2110 tokens; at most 2000 .*MAX_TOKENS/)]],
      [
        [
          'TOO_MANY_DIRECTIVES',
          expect.stringMatching(/uses 21 directives; at most 20 .*MAX_DIRECTIVES/),
        ],
      ],
    ]);
    expect(JSON.stringify(refusals)).not.toMatch(/Syntax Error/);
  });

  it('when an operation could fetch more objects than MAX_QUERY_COST, then it is refused with QUERY_TOO_COMPLEX, and the same with small pages passes', async () => {
    const question = () =>
      `query Q($page: Int) { search(query: "Sevastopol", first: $page) { edges { node { claim { id
        disputedBy { claim { id occurrences(first: $page) { edges { node { id chain { position speaker { name } } } } } } }
      } } } } }`;
    const wide = await app.gql(question(), { page: 100 });
    expect(wide.data).toBeUndefined();
    expect(wide.errors![0].extensions!.code).toBe('QUERY_TOO_COMPLEX');
    expect(wide.errors![0].message).toMatch(/could fetch \d+ objects; at most 100000/);
    const small = await app.gql(question(), { page: 20 });
    expect(small.errors).toBeUndefined();
    expect(small.data.search.edges.length).toBeGreaterThan(0);
  });

  it('when GraphiQL introspects the schema and opens its ready-made examples, then none of them trips a limit', async () => {
    const introspection = await app.gql(
      getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
    );
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data.__schema.queryType).toMatchObject({ name: 'Query' });
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThan(5);
    for (const example of examples) {
      const response = await app.gql(example.query);
      expect({
        name: example.name,
        errors: (response.errors ?? []).filter((e) => LIMIT_CODES.has(e.extensions?.code)),
      }).toEqual({ name: example.name, errors: [] });
    }
  });

  it('when a request body is over MAX_BODY_BYTES, then it gets 413 whether or not it declares its length', async () => {
    const small = await createWriteTestApp(uniqueTag('body'), { MAX_BODY_BYTES: '4096' });
    try {
      const body = JSON.stringify({
        query: `{ search(query: "${'x'.repeat(5000)}") { totalCount } }`,
      });
      const declared = await small.server.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
        body,
      });
      expect(declared.status).toBe(413);
      const bytes = new TextEncoder().encode(body);
      const stream = new ReadableStream({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 1000) controller.enqueue(bytes.slice(i, i + 1000));
          controller.close();
        },
      });
      const chunked = await small.server.fetch(
        new Request('http://claimgraph.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: stream,
          duplex: 'half',
        } as RequestInit),
      );
      expect(chunked.status).toBe(413);
      expect((await chunked.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
      const fits = await small.gql(`{ claim(id: "claim:none") { id } }`);
      expect(fits).toEqual({ status: 200, data: { claim: null } });
    } finally {
      await small.close();
    }
  });

  it('when a query runs past NEO4J_QUERY_TIMEOUT_MS, then Neo4j stops it and the caller gets a QueryTimeoutError', async () => {
    const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
    const driver = createDriver(config.neo4jUri!, config);
    const graph = new Graph(driver, { database: config.neo4jDatabase, queryTimeoutMs: 1000 });
    try {
      const started = Date.now();
      const error = await graph
        .runRaw(
          'UNWIND range(1, 1000000000) AS x WITH x WHERE x % 1000003 = -1 RETURN count(x) AS n',
        )
        .catch((e) => e);
      expect(error).toBeInstanceOf(QueryTimeoutError);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await driver.close();
    }
  });
  it('when start-up work outlasts NEO4J_QUERY_TIMEOUT_MS, then it still completes under the ingestion timeout', async () => {
    const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
    const driver = createDriver(config.neo4jUri!, config);
    const graph = new Graph(driver, {
      database: config.neo4jDatabase,
      queryTimeoutMs: 100,
      ingestTimeoutMs: 120000,
    });
    const slow =
      'UNWIND range(1, 20000000) AS x WITH x WHERE x % 1000003 = -1 RETURN count(x) AS n';
    try {
      await expect(graph.runRaw(slow)).rejects.toBeInstanceOf(QueryTimeoutError);
      expect(await graph.forLongWork().runRaw(slow)).toEqual([{ n: expect.anything() }]);
    } finally {
      await driver.close();
    }
  });
});

describe('in production', () => {
  let production: WriteTestApp;
  let development: WriteTestApp;
  beforeAll(async () => {
    production = await createWriteTestApp(uniqueTag('prod'), {
      NODE_ENV: 'production',
      INTROSPECTION_ENABLED: 'false',
      GRAPHIQL_ENABLED: 'false',
    });
    development = await createWriteTestApp(uniqueTag('dev'), { NODE_ENV: 'development' });
  });
  afterAll(async () => {
    await production.close();
    await development.close();
  });

  it('when a field name is mistyped, then production does not suggest the real one', async () => {
    expect((await development.gql(`{ claimz(id: "x") { id } }`)).errors![0].message).toMatch(
      /Did you mean "claim/,
    );
    const response = await production.gql(`{ claimz(id: "x") { id } }`);
    expect(response.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('when introspection and GraphiQL are switched off, then neither is served', async () => {
    const introspection = await production.gql(`{ __schema { types { name } } }`);
    expect(introspection.data).toBeUndefined();
    expect(introspection.errors![0].message).toMatch(/introspection/i);
    const page = await production.server.fetch('http://claimgraph.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(await page.text()).not.toContain('graphiql');
    expect((await development.gql(`{ __schema { queryType { name } } }`)).data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });

  it('when something unexpected fails, then production says only "Unexpected error." and development shows the cause', async () => {
    // A closed driver fails every query with an error no layer expects.
    const closed = async (app: WriteTestApp) => {
      await app.graph.driver.close();
      return app.gql(`{ claim(id: "claim:none") { id } }`);
    };
    const prod = await closed(production);
    expect(prod.errors![0].message).toBe('Unexpected error.');
    expect(JSON.stringify(prod)).not.toMatch(/Neo4j|driver|stack|Pool/i);
    const dev = await closed(development);
    expect(JSON.stringify(dev.errors![0].extensions)).toMatch(/originalError/);
  });
});
