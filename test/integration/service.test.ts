import { createServer as createHttpServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/neo4j/connect';
import { freePort } from '../../src/neo4j/embedded';
import { Graph } from '../../src/neo4j/graph';
import { createServer } from '../../src/server';
import { createTestApp, TestApp } from '../support/app';

describe('the service', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('when /health is asked, then it answers 200 without touching Neo4j', async () => {
    const response = await app.server.fetch('http://claimgraph.test/health');
    expect(response.status).toBe(200);
  });

  it('when Neo4j answers, then /ready answers 200', async () => {
    const response = await app.server.fetch('http://claimgraph.test/ready');
    expect(response.status).toBe(200);
  });

  it('when a browser opens /graphql, then GraphiQL is served', async () => {
    const response = await app.server.fetch('http://claimgraph.test/graphql', {
      headers: { accept: 'text/html' },
    });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('graphiql');
  });

  it('when Neo4j is unreachable, then /ready answers 503 and a query fails with an error, not a hang', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      NEO4J_CONNECT_TIMEOUT_MS: '1000',
    });
    const deadUri = `bolt://127.0.0.1:${await freePort()}`;
    const driver = createDriver(deadUri, config);
    const server = createServer(
      config,
      new Graph(driver, { database: 'neo4j', queryTimeoutMs: 2000 }),
    );
    try {
      const ready = await server.fetch('http://claimgraph.test/ready');
      expect(ready.status).toBe(503);
      const started = Date.now();
      const response = await server.fetch('http://claimgraph.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ claim(id: "claim:any") { id } }' }),
      });
      const body = await response.json();
      expect(body.errors?.length).toBeGreaterThan(0);
      expect(Date.now() - started).toBeLessThan(15000);
    } finally {
      await driver.close();
    }
  });

  it('when a read waits for a turn longer than NEO4J_READ_QUEUE_TIMEOUT_MS, then it is refused SERVICE_BUSY, /exports with 503 and Retry-After: 1, and the next read with a free turn is answered', async () => {
    const busy = await createTestApp({
      NEO4J_MAX_CONCURRENT_READS: '1',
      NEO4J_READ_QUEUE_TIMEOUT_MS: '50',
    });
    try {
      const ask = async () => {
        const response = await busy.server.fetch('http://claimgraph.test/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ claims(first: 1) { totalCount } }' }),
        });
        return (await response.json()) as {
          data?: { claims: { totalCount: number } };
          errors?: { message: string; extensions?: { code?: string } }[];
        };
      };
      // The one turn is taken, as by a read that Neo4j is slow to answer.
      const release = await busy.graph.reads.enter();
      const refused = await ask();
      expect(refused.errors![0]).toMatchObject({
        message: expect.stringContaining('NEO4J_MAX_CONCURRENT_READS'),
        extensions: { code: 'SERVICE_BUSY' },
      });
      const exported = await busy.server.fetch(
        'http://claimgraph.test/exports/provenance/claim:any',
      );
      expect(exported.status).toBe(503);
      expect(exported.headers.get('retry-after')).toBe('1');
      expect(busy.graph.reads.refused).toBe(2);
      const metrics = await (await busy.server.fetch('http://claimgraph.test/metrics')).text();
      expect(metrics).toContain('claimgraph_neo4j_reads_refused 2');
      expect(metrics).toContain('claimgraph_neo4j_reads{state="active"} 1');

      release();
      expect((await ask()).data!.claims.totalCount).toBeGreaterThanOrEqual(0);
      expect(busy.graph.reads.load).toEqual({ active: 0, waiting: 0 });
    } finally {
      await busy.close();
    }
  });

  describe('over a real port', () => {
    let http: Server;
    let url: string;
    beforeAll(async () => {
      http = createHttpServer(app.server);
      await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

    it('when a client POSTs a query over HTTP, then it gets a GraphQL answer', async () => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ claim(id: "claim:does-not-exist") { id } }' }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { claim: null } });
    });
  });
});
