import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, validate } from 'graphql';
import { outcomeOf, serverTiming } from '../../soak/client';
import { capacityOf } from '../../soak/cost';
import { QUESTIONS } from '../../soak/questions';
import { FaultRecord } from '../../soak/faults';
import { finalLine, phases, recoveryOf, SoakResult, stats } from '../../soak/report';
import { dueAt, Read, readsDue } from '../../soak/readers';

const read = (at: number, ms: number, ok = true): Read => ({ at, ms, ok, question: 'q' });
const neo4jKill = (injectedAt: number, clearedAt: number): FaultRecord => ({
  kind: 'neo4j-kill',
  injectedAt,
  clearedAt,
  detail: '',
});

describe('soak report', () => {
  it('when a write is answered with data, then it is acknowledged; with a refusal code, refused; with anything else or nothing, unknown', () => {
    expect(outcomeOf({ status: 200, data: { x: 1 } })).toEqual({ outcome: 'acknowledged' });
    expect(
      outcomeOf({ status: 200, errors: [{ message: 'stale', extensions: { code: 'CONFLICT' } }] }),
    ).toEqual({ outcome: 'refused', code: 'CONFLICT' });
    expect(
      outcomeOf({
        status: 200,
        data: null,
        errors: [{ message: 'down', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      }),
    ).toEqual({ outcome: 'unknown', code: 'SERVICE_UNAVAILABLE' });
    expect(outcomeOf({ status: 0, failure: 'ECONNRESET' })).toEqual({
      outcome: 'unknown',
      code: 'no answer (ECONNRESET)',
    });
    expect(outcomeOf({ status: 503 })).toEqual({ outcome: 'unknown', code: 'HTTP 503' });
  });

  it('when reads fail or stall after a fault, then recovery is the first read due after the last bad one', () => {
    const fault = neo4jKill(1000, 5000);
    const reads = [
      read(500, 3),
      read(1000, 4, false),
      read(2000, 4, false),
      read(3000, 2500),
      read(4000, 5),
      read(4500, 5000),
      read(6000, 4),
      read(7000, 3),
    ];
    expect(recoveryOf(fault, reads, 10000)).toBe(6000);
    expect(recoveryOf(fault, [read(1500, 3), read(2500, 4)], 10000)).toBe(1000);
    expect(recoveryOf(fault, [read(1500, 3, false)], 10000)).toBe(10000);
  });

  it('when a read is still in flight as the next fault strikes, then it counts for that fault, not for the recovery of this one', () => {
    const fault = neo4jKill(1000, 3000);
    // Good from 4000 on; the read due at 9900 dies with the service SIGTERMed at 10000.
    const reads = [read(2000, 5, false), read(4000, 5), read(9000, 5), read(9900, 150, false)];
    expect(recoveryOf(fault, reads, 10000, 10000)).toBe(4000);
    expect(recoveryOf(fault, reads, 10000)).toBe(10000);
  });

  it('when the readers run at a rate, then each read is sent at its due time, not one interval later', () => {
    // At 5 reads/s: the first is due at once, the second at 200 ms.
    expect(readsDue(0, 5)).toBe(1);
    expect(readsDue(199, 5)).toBe(1);
    expect(readsDue(200, 5)).toBe(2);
    expect(readsDue(1000, 100)).toBe(101);
    // Whenever a read is counted as due, its due time has come, and it had not come a moment earlier.
    for (const rate of [5, 100])
      for (let elapsed = 0; elapsed < 1000; elapsed += 7) {
        const last = readsDue(elapsed, rate) - 1;
        expect(dueAt(last, rate)).toBeLessThanOrEqual(elapsed);
        expect(dueAt(last + 1, rate)).toBeGreaterThan(elapsed);
      }
  });

  it("when reads are priced in CPU, then the mix's capacity is the cores' milliseconds a second over a read's mean price", () => {
    const costs = [
      { question: 'a', serviceCpuMs: 5, neo4jCpuMs: 15 },
      { question: 'b', serviceCpuMs: 10, neo4jCpuMs: 10 },
      { question: 'c', serviceCpuMs: 2, neo4jCpuMs: 18 },
    ];
    // 20 ms a read on average: two cores answer 100 a second, one core 50.
    expect(capacityOf(costs, 2)).toBeCloseTo(100, 10);
    expect(capacityOf(costs, 1)).toBeCloseTo(50, 10);
    expect(capacityOf([], 2)).toBe(Infinity);
  });

  it("when a fault strikes a read in flight, then that read counts in the fault's row, not in the steady state before it", () => {
    const fault = { ...neo4jKill(1000, 3000), recoveredAt: 4000 };
    // Due at 900, before the fault, and failed 6 s later because Neo4j died under it.
    const reads = [read(500, 5), read(900, 6000, false), read(1500, 5, false), read(5000, 5)];
    const result = {
      reads,
      faults: [fault],
      settings: { warmupMs: 0 },
      elapsedMs: 6000,
    } as unknown as SoakResult;
    const [before, during, after, steady] = phases(result);
    expect([before.reads, before.errorRate]).toEqual([1, 0]);
    expect([during.reads, during.errorRate]).toEqual([2, 1]);
    expect([after.reads, after.errorRate]).toEqual([1, 0]);
    expect([steady.reads, steady.errorRate]).toEqual([1, 0]);
  });

  it('when a phase is summarised, then its percentiles and error rate come from the reads due inside it', () => {
    const reads = Array.from({ length: 100 }, (_, i) => ({
      ...read(i * 10, i + 1, i % 10 !== 0),
      serverMs: (i + 1) / 10,
    }));
    const s = stats('x', reads, 0, 1000);
    expect(s).toMatchObject({ reads: 100, p50: 50, p99: 99, max: 100, errorRate: 0.1 });
    expect(s.serverP50).toBeCloseTo(5);
    expect(s.serverP99).toBeCloseTo(9.9);
    expect(stats('y', reads, 2000, 3000)).toMatchObject({ reads: 0, errorRate: 0 });
  });

  it('when the service sends Server-Timing, then its total is read in ms, and nothing when it is missing or malformed', () => {
    expect(serverTiming('total;dur=12.5')).toBe(12.5);
    expect(serverTiming('db;dur=3, total;dur=40')).toBe(40);
    expect(serverTiming(null)).toBeUndefined();
    expect(serverTiming('total;desc="x"')).toBeUndefined();
  });

  it('when the totals are zero and every fault recovered, then the last line says so in the agreed words', () => {
    const line = finalLine({
      acknowledged: 812,
      refused: 40,
      unknown: 9,
      lost: 0,
      duplicated: 0,
      partial: 0,
      traces: 0,
      mismatches: 0,
      recoveredInS: 12.34,
    });
    expect(line).toBe(
      'soak: acknowledged 812, lost 0, duplicated 0, partial 0, recovered in 12.3 s',
    );
    expect(
      finalLine({
        acknowledged: 1,
        refused: 0,
        unknown: 0,
        lost: 2,
        duplicated: 1,
        partial: 3,
        traces: 0,
        mismatches: 0,
        recoveredInS: Infinity,
      }),
    ).toBe('soak: acknowledged 1, lost 2, duplicated 1, partial 3, recovered in inf s');
  });

  it("when the readers' questions are checked against schema.graphql, then every one is a valid query", () => {
    const schema = buildSchema(
      fs.readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8'),
    );
    const problems = QUESTIONS.map((q) => [
      q.name,
      validate(schema, parse(q.query)).map((e) => e.message),
    ]);
    expect(problems).toEqual(QUESTIONS.map((q) => [q.name, []]));
    expect(QUESTIONS.map((q) => q.name)).toEqual(
      expect.arrayContaining(['match-claims', 'single-origin-claims', 'claim-origins']),
    );
  });
});
