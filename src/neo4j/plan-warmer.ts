import neo4j, { Driver, RoutingControl } from 'neo4j-driver';
import { DatabaseUnavailableError, translateDriverError } from './errors';

/** What one warm-up did. */
export interface WarmUpReport {
  /** Statements planned again. */
  planned: number;
  /** Statements whose EXPLAIN failed (each is planned on its next real run instead). */
  failed: number;
  ms: number;
}

/** More distinct statements than the cypher/ folder holds means someone builds statements at run time. */
const MAX_STATEMENTS = 1000;

/**
 * Neo4j keeps its query plans in memory only: after it restarts, every statement is planned again
 * on its first run, on a cold JVM. Measured on this 2-core machine (docs/reliability.md, "Cold
 * plans"), the provenance read took 12.6 s to answer once after a restart and 0.15 s the time after; with
 * a query timeout below that, every request asking it timed out until the JVM had warmed, and a
 * one-minute soak's reads stayed bad for 80 s after Neo4j was back.
 *
 * The warmer remembers each statement this process has run, with the parameters of its first run
 * (a plan is cached per statement and parameter types), and when Neo4j is back after an outage
 * plans them all again, one at a time, with EXPLAIN: planned and cached, never run. It runs under
 * the long-work timeout, so a slow plan is finished rather than cut, and requests go on meanwhile.
 */
export class PlanWarmer {
  private readonly seen = new Map<
    string,
    { params: Record<string, unknown>; routing: RoutingControl }
  >();
  private running?: Promise<WarmUpReport>;
  /** Warm-ups started since creation. */
  runs = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
  ) {}

  /** Remembers a statement the first time it runs; cheap on every later run. */
  note(statement: string, params: Record<string, unknown>, routing: RoutingControl): void {
    if (this.seen.size < MAX_STATEMENTS && !this.seen.has(statement))
      this.seen.set(statement, { params: skeleton(params) as Record<string, unknown>, routing });
  }

  get statements(): number {
    return this.seen.size;
  }

  /** Plans every remembered statement again; a warm-up already under way is joined, not doubled. */
  warm(): Promise<WarmUpReport> {
    this.running ??= this.plan().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async plan(): Promise<WarmUpReport> {
    this.runs += 1;
    const started = Date.now();
    let planned = 0;
    let failed = 0;
    for (const [statement, { params, routing }] of [...this.seen]) {
      const session = this.driver.session({
        database: this.database,
        defaultAccessMode:
          routing === neo4j.routing.READ ? neo4j.session.READ : neo4j.session.WRITE,
      });
      try {
        await session.run(`EXPLAIN ${statement}`, params, { timeout: this.timeoutMs });
        planned += 1;
      } catch (error) {
        failed += 1;
        // Down again: the next recovery starts a warm-up of its own.
        if (translateDriverError(error) instanceof DatabaseUnavailableError) break;
      } finally {
        await session.close();
      }
    }
    return { planned, failed, ms: Date.now() - started };
  }
}

/**
 * A parameter value cut to what decides its plan: Neo4j caches a plan per statement and parameter
 * types, not values, so a list keeps its first element and a string its first 64 characters. A
 * bundle's ingestion rows are then remembered as one row, not thousands.
 */
export function skeleton(value: unknown): unknown {
  if (Array.isArray(value)) return value.length ? [skeleton(value[0])] : [];
  if (typeof value === 'string') return value.slice(0, 64);
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  )
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, skeleton(v)]));
  return value;
}
