import { DatabaseBusyError, databaseFailure } from '../../src/neo4j/errors';
import { skeleton } from '../../src/neo4j/plan-warmer';
import { ReadGate } from '../../src/neo4j/read-gate';

describe('read gate: bounded reads in Neo4j, the rest wait their turn or are refused', () => {
  it('when the gate is full, then the next read waits and goes in, first come first served, as each one ends', async () => {
    const gate = new ReadGate(2, 10000);
    const first = await gate.enter();
    await gate.enter();
    const order: string[] = [];
    const third = gate.enter().then((release) => {
      order.push('third');
      return release;
    });
    const fourth = gate.enter().then(() => order.push('fourth'));
    expect(gate.load).toEqual({ active: 2, waiting: 2 });
    first();
    first(); // a second call of one release frees nothing more
    await third;
    expect(order).toEqual(['third']);
    expect(gate.load).toEqual({ active: 2, waiting: 1 });
    (await third)();
    await fourth;
    expect(order).toEqual(['third', 'fourth']);
    expect(gate.load).toEqual({ active: 2, waiting: 0 });
  });

  it('when a read waits longer than the queue timeout, then it is refused as busy, told as 503 with Retry-After, and leaves the line', async () => {
    const gate = new ReadGate(1, 20);
    const held = await gate.enter();
    const error = await gate.enter().catch((e) => e);
    expect(error).toBeInstanceOf(DatabaseBusyError);
    expect(error.message).toContain('NEO4J_MAX_CONCURRENT_READS');
    expect(gate.refused).toBe(1);
    expect(gate.load).toEqual({ active: 1, waiting: 0 });
    expect(databaseFailure(error)).toMatchObject({
      code: 'SERVICE_BUSY',
      status: 503,
      retryAfter: 1,
    });
    held();
    expect(gate.load).toEqual({ active: 0, waiting: 0 });
    (await gate.enter())();
  });
});

describe('plan warmer: parameters remembered by their shape', () => {
  it('when parameters hold long lists and strings, then a list keeps one element and a string 64 characters, so the types are unchanged', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}`, n: i, tags: ['a', 'b'] }));
    expect(skeleton({ rows, text: 'x'.repeat(500), limit: 20, none: null, empty: [] })).toEqual({
      rows: [{ id: 'c0', n: 0, tags: ['a'] }],
      text: 'x'.repeat(64),
      limit: 20,
      none: null,
      empty: [],
    });
  });
});
