import { createTestApp, TestApp } from '../support/app';

const probe = JSON.stringify({ query: '{ claim(id: "claim:none") { id } }' });

describe('/metrics with METRICS_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({ METRICS_TOKEN: 'scrape-secret-1' });
  });
  afterAll(() => app.close());

  it('when a scrape sends no token or a wrong one, then it gets 401; with the token, the metrics', async () => {
    const scrape = (headers: Record<string, string>) =>
      app.server.fetch('http://claimgraph.test/metrics', { headers });
    const none = await scrape({});
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    expect(await none.text()).not.toContain('claimgraph_http_requests_total');
    expect((await scrape({ authorization: 'Bearer scrape-secret-2' })).status).toBe(401);
    const right = await scrape({ authorization: 'Bearer scrape-secret-1' });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('claimgraph_http_requests_total');
    expect((await app.server.fetch('http://claimgraph.test/health')).status).toBe(200);
  });
});

describe('rate limiting', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp({
      RATE_LIMIT_PER_MINUTE: '60',
      RATE_LIMIT_BURST: '3',
      TRUST_PROXY: 'true',
    });
  });
  afterAll(() => app.close());

  const post = (headers: Record<string, string>) =>
    app.server.fetch('http://claimgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: probe,
    });

  it('when one address sends more than its burst, then it gets 429 with Retry-After and RATE_LIMITED, and another address is still served', async () => {
    const from = { 'x-forwarded-for': '203.0.113.7' };
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await post(from)).status);
    expect(statuses).toEqual([200, 200, 200]);
    const refused = await post(from);
    expect(refused.status).toBe(429);
    // One request a second refills at 60 a minute: the next is allowed within a second.
    expect(refused.headers.get('retry-after')).toBe('1');
    const body = await refused.json();
    expect(body.errors[0].extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 1 });
    expect(body.errors[0].message).toMatch(/at most 60 a minute \(bursts of 3\)/);
    expect((await post({ 'x-forwarded-for': '198.51.100.9' })).status).toBe(200);
    expect((await app.server.fetch('http://claimgraph.test/health')).status).toBe(200);
  });

  it('when clients send credentials, then each credential has its own bucket, whatever the address', async () => {
    const shared = { 'x-forwarded-for': '192.0.2.44' };
    for (let i = 0; i < 3; i += 1) await post({ ...shared, 'x-api-key': 'key-one' });
    expect((await post({ ...shared, 'x-api-key': 'key-one' })).status).toBe(429);
    // A different credential from the same address is another client (its key is unknown: 401, not 429).
    expect((await post({ ...shared, 'x-api-key': 'key-two' })).status).toBe(401);
  });

  it('when a refused client waits for Retry-After, then it is served again', async () => {
    const from = { 'x-forwarded-for': '203.0.113.99' };
    for (let i = 0; i < 3; i += 1) await post(from);
    const refused = await post(from);
    expect(refused.status).toBe(429);
    await new Promise((r) => setTimeout(r, Number(refused.headers.get('retry-after')) * 1000 + 50));
    expect((await post(from)).status).toBe(200);
  });
});

describe('rate limiting defaults', () => {
  it('when nothing is configured, then a client may send 100 requests at once and the rest of a burst gets 429', async () => {
    const { settings } = await import('../../src/config');
    expect([settings.rateLimitBurst.default, settings.rateLimitPerMinute.default]).toEqual([
      100, 600,
    ]);
    // The test apps switch the limit off (in-process requests share no address); put the default back.
    const app = await createTestApp({
      RATE_LIMIT_PER_MINUTE: String(settings.rateLimitPerMinute.default),
      TRUST_PROXY: 'true',
    });
    try {
      const started = performance.now();
      const statuses = await Promise.all(
        Array.from(
          { length: 110 },
          async () =>
            (
              await app.server.fetch('http://claimgraph.test/graphql', {
                method: 'POST',
                headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.200' },
                body: JSON.stringify({ query: '{ __typename }' }),
              })
            ).status,
        ),
      );
      // 600 a minute refills one request every 100 ms while the burst is being sent.
      const refilled = Math.ceil((performance.now() - started) / 100);
      const served = statuses.filter((s) => s === 200).length;
      expect(served).toBeGreaterThanOrEqual(100);
      expect(served).toBeLessThanOrEqual(100 + refilled);
      expect(statuses.filter((s) => s === 429)).toHaveLength(110 - served);
    } finally {
      await app.close();
    }
  });
});
