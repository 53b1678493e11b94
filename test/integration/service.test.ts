import { createServer as createHttpServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/neo4j/connect';
import { freePort } from '../../src/neo4j/embedded';
import { Graph } from '../../src/neo4j/graph';
import { GracefulStop } from '../../src/http';
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
      // The subject is the gate; a cold plan on a loaded machine must not time the last read out.
      NEO4J_QUERY_TIMEOUT_MS: '60000',
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
      const answered = await ask();
      expect(answered.errors).toBeUndefined();
      expect(answered.data!.claims.totalCount).toBeGreaterThanOrEqual(0);
      expect(busy.graph.reads.load).toEqual({ active: 0, waiting: 0 });
    } finally {
      await busy.close();
    }
  });

  describe('stopping', () => {
    // One turn for reads, taken by the test: a read sent now waits in the gate, as one that Neo4j
    // is slow to answer would, until the test lets it through.
    async function startHeld() {
      const http = createHttpServer();
      const lifecycle = new GracefulStop(http);
      const held = await createTestApp(
        { NEO4J_MAX_CONCURRENT_READS: '1', NEO4J_READ_QUEUE_TIMEOUT_MS: '60000' },
        { draining: () => lifecycle.draining },
      );
      http.on('request', held.server);
      await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
      const release = await held.graph.reads.enter();
      const answer = fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ claims(first: 1) { totalCount } }' }),
      });
      while (held.graph.reads.load.waiting === 0) await new Promise((r) => setTimeout(r, 10));
      return { held, lifecycle, url, release, answer };
    }

    it('when SIGTERM comes with a read in flight, then /ready answers 503, no new connection is taken, the read is answered and the stop cuts nothing', async () => {
      const { held, lifecycle, url, release, answer } = await startHeld();
      try {
        const stopping = lifecycle.stop(30000);
        const ready = await held.server.fetch('http://claimgraph.test/ready');
        expect(ready.status).toBe(503);
        expect(await ready.text()).toContain('shutting down');
        await expect(fetch(`${url}/health`)).rejects.toThrow();

        release();
        const response = await answer;
        expect(response.status).toBe(200);
        expect(response.headers.get('connection')).toBe('close');
        expect(
          ((await response.json()) as { data: { claims: { totalCount: number } } }).data.claims
            .totalCount,
        ).toBeGreaterThanOrEqual(0);
        const stopped = await stopping;
        expect(stopped.cut).toBe(0);
        expect(stopped.ms).toBeLessThan(30000);
      } finally {
        await held.close();
      }
    });

    it('when a request outlasts SHUTDOWN_GRACE_MS, then its connection is cut at the grace and the stop says how many were cut', async () => {
      const { held, lifecycle, release, answer } = await startHeld();
      try {
        const stopped = await lifecycle.stop(200);
        expect(stopped.cut).toBe(1);
        expect(stopped.ms).toBeGreaterThanOrEqual(190);
        await expect(answer).rejects.toThrow();
      } finally {
        release();
        await held.close();
      }
    });
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
