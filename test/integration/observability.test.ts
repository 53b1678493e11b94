import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/neo4j/connect';
import { freePort } from '../../src/neo4j/embedded';
import { Graph } from '../../src/neo4j/graph';
import { createServer } from '../../src/server';
import { createTestApp, TestApp } from '../support/app';

type LogLine = Record<string, any>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('observability', () => {
  let app: TestApp;
  let dir: string;
  beforeAll(async () => {
    app = await createTestApp();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-observability-'));
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** A server over the test Neo4j whose logs go to a file of this test's own. */
  function serverWithLogFile(
    name: string,
    env: Record<string, string> = {},
    graph: Graph = app.graph,
  ) {
    const logFile = path.join(dir, `${name}.log`);
    const config = loadConfig({
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      LOG_FILE: logFile,
      ...env,
    });
    const server = createServer(config, graph);
    const lines = (): LogLine[] =>
      fs.existsSync(logFile)
        ? fs
            .readFileSync(logFile, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((l) => JSON.parse(l))
        : [];
    return { server, lines };
  }

  const post = (query: string, headers: Record<string, string> = {}) =>
    new Request('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, operationName: 'Probe' }),
    });

  describe('request ids and logs', () => {
    it('when a client sends x-request-id, then the response echoes it, the request is logged under it, and Server-Timing gives the logged duration', async () => {
      const { server, lines } = serverWithLogFile('echo');
      const response = await server.fetch(
        post('query Probe { claim(id: "claim:musk-putin-regular-contact") { id } }', {
          'x-request-id': 'client-req-42',
        }),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBe('client-req-42');
      const completed = lines().filter((l) => l.requestId === 'client-req-42');
      expect(completed).toHaveLength(1);
      expect(completed[0]).toMatchObject({
        level: 30,
        msg: 'request completed',
        method: 'POST',
        path: '/graphql',
        status: 200,
        operationName: 'Probe',
        service: 'claimgraph',
      });
      expect(typeof completed[0].durationMs).toBe('number');
      expect(response.headers.get('server-timing')).toBe(`total;dur=${completed[0].durationMs}`);
    });

    it('when no usable id is sent, then each request gets a fresh UUID, echoed and logged', async () => {
      const { server, lines } = serverWithLogFile('generated');
      const plain = await server.fetch(post('query Probe { claim(id: "x") { id } }'));
      const forged = await server.fetch(
        post('query Probe { claim(id: "x") { id } }', { 'x-request-id': '{"level":60} spoof' }),
      );
      const ids = [plain.headers.get('x-request-id'), forged.headers.get('x-request-id')];
      for (const id of ids) expect(id).toMatch(UUID);
      expect(ids[0]).not.toBe(ids[1]);
      expect(lines().map((l) => l.requestId)).toEqual(ids);
    });

    it("when a request fails unexpectedly, then yoga's error line carries the same request id as the request line", async () => {
      const deadUri = `bolt://127.0.0.1:${await freePort()}`;
      const config = loadConfig({
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        NEO4J_CONNECT_TIMEOUT_MS: '1000',
      });
      const driver = createDriver(deadUri, config);
      try {
        const { server, lines } = serverWithLogFile(
          'failure',
          {},
          new Graph(driver, { database: 'neo4j', queryTimeoutMs: 2000 }),
        );
        const response = await server.fetch(
          post('query Probe { claim(id: "claim:any") { id } }', { 'x-request-id': 'doomed-1' }),
        );
        expect((await response.json()).errors).toHaveLength(1);
        const ofRequest = lines().filter((l) => l.requestId === 'doomed-1');
        expect(ofRequest.some((l) => l.level === 50 && l.err)).toBe(true);
        expect(ofRequest.some((l) => l.msg === 'request completed')).toBe(true);
        expect(lines().filter((l) => l.requestId === undefined)).toEqual([]);
      } finally {
        await driver.close();
      }
    });

    it('when an export is served, then it is logged and answered with a request id too', async () => {
      const { server, lines } = serverWithLogFile('export');
      const response = await server.fetch(
        new Request('http://claimgraph.test/exports/subgraph.graphml?entity=person:nobody', {
          headers: { 'x-request-id': 'export-7' },
        }),
      );
      expect(response.status).toBe(404);
      expect(response.headers.get('x-request-id')).toBe('export-7');
      expect(lines()).toEqual([
        expect.objectContaining({
          requestId: 'export-7',
          path: '/exports/subgraph.graphml',
          status: 404,
        }),
      ]);
    });
  });

  describe('Prometheus /metrics', () => {
    const sample = (text: string, name: string, labels: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes(labels));
      return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
    };

    it('when a query is answered, then the request counters on /metrics go up by one', async () => {
      const server = createServer(
        loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
        app.graph,
      );
      const scrape = async () => {
        const response = await server.fetch(new Request('http://claimgraph.test/metrics'));
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
        return response.text();
      };
      const before = await scrape();
      await server.fetch(
        post('query Probe { claim(id: "claim:musk-putin-regular-contact") { id } }'),
      );
      const after = await scrape();
      expect(
        sample(after, 'graphql_envelop_request', 'operationName="Probe"') -
          sample(before, 'graphql_envelop_request', 'operationName="Probe"'),
      ).toBe(1);
      const http = 'method="POST",route="/graphql",status="200"';
      expect(
        sample(after, 'claimgraph_http_requests_total', http) -
          sample(before, 'claimgraph_http_requests_total', http),
      ).toBe(1);
      expect(
        sample(after, 'claimgraph_http_request_duration_seconds_count', http),
      ).toBeGreaterThanOrEqual(1);
      expect(after).toContain('process_resident_memory_bytes');
    });

    it('when a query fails or an export is asked for by id, then errors are counted and the route label holds no id', async () => {
      const server = createServer(
        loadConfig({ ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
        app.graph,
      );
      await server.fetch(post('query Probe { claims(first: 500) { totalCount } }'));
      await server.fetch(
        new Request('http://claimgraph.test/exports/provenance/claim%3Anot-there'),
      );
      const text = await (await server.fetch(new Request('http://claimgraph.test/metrics'))).text();
      expect(sample(text, 'graphql_envelop_error_result', 'operationName="Probe"')).toBe(1);
      expect(
        sample(
          text,
          'claimgraph_http_requests_total',
          'method="GET",route="/exports/provenance",status="404"',
        ),
      ).toBe(1);
      expect(text).not.toContain('not-there');
    });

    it('when METRICS_ENABLED is false, then /metrics is not served', async () => {
      const server = createServer(
        loadConfig({
          ...process.env,
          NODE_ENV: 'test',
          LOG_LEVEL: 'silent',
          METRICS_ENABLED: 'false',
        }),
        app.graph,
      );
      const response = await server.fetch(new Request('http://claimgraph.test/metrics'));
      expect(response.status).toBe(404);
    });
  });
});
