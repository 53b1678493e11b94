import neo4j, { Driver, ManagedTransaction, RoutingControl } from 'neo4j-driver';
import { settings } from '../config';
import { cypher } from './cypher';
import { DatabaseUnavailableError, translateDriverError } from './errors';
import { PlanWarmer } from './plan-warmer';
import { ReadGate } from './read-gate';

export interface GraphOptions {
  database: string;
  queryTimeoutMs: number;
  /** Timeout of one bundle's ingestion (NEO4J_INGEST_TIMEOUT_MS); queryTimeoutMs when unset. */
  ingestTimeoutMs?: number;
  /** Reads in Neo4j at once (NEO4J_MAX_CONCURRENT_READS); that setting's default when unset. */
  maxConcurrentReads?: number;
  /** How long a read may wait for a turn before it is refused (NEO4J_READ_QUEUE_TIMEOUT_MS); that setting's default when unset. */
  readQueueTimeoutMs?: number;
}

/** What every door onto one driver shares: forLongWork() is the same service, not a second one. */
interface Shared {
  plans: PlanWarmer;
  reads: ReadGate;
}

export type Row = Record<string, unknown>;

/**
 * The one door to Neo4j. Queries are named after their file under cypher/; reads go out with
 * READ routing and writes with WRITE routing, always naming the database and a timeout, so that
 * a cluster or Aura spreads reads over its members and no query runs unbounded.
 */
export class Graph {
  /** Round trips sent since creation; tests use it to prove a request's count does not grow. */
  roundTrips = 0;

  /** True while Neo4j is known to be unreachable; see failFastWhileDown. */
  private knownDown = false;

  /** Plans every statement run so far again when Neo4j is back after an outage (src/neo4j/plan-warmer.ts). */
  readonly plans: PlanWarmer;
  /** Bounds the reads in Neo4j at once and refuses those that wait too long (src/neo4j/read-gate.ts). */
  readonly reads: ReadGate;

  constructor(
    readonly driver: Driver,
    readonly options: GraphOptions,
    shared?: Shared,
  ) {
    this.plans =
      shared?.plans ??
      new PlanWarmer(driver, options.database, options.ingestTimeoutMs ?? options.queryTimeoutMs);
    this.reads =
      shared?.reads ??
      new ReadGate(
        options.maxConcurrentReads ?? settings.neo4jMaxConcurrentReads.default,
        options.readQueueTimeoutMs ?? settings.neo4jReadQueueTimeoutMs.default,
      );
  }

  /**
   * The same door with a longer query timeout, for work that is not a request: the schema and the
   * seed at start-up run under the ingestion timeout, since on a cold store and a busy machine
   * they outlast a request's timeout (docs/reliability.md, finding 1).
   */
  forLongWork(): Graph {
    const timeout = this.options.ingestTimeoutMs ?? this.options.queryTimeoutMs;
    return new Graph(
      this.driver,
      { ...this.options, queryTimeoutMs: timeout },
      { plans: this.plans, reads: this.reads },
    );
  }

  read<T = Row>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.run<T>(query, params, neo4j.routing.READ);
  }

  write<T = Row>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    return this.run<T>(query, params, neo4j.routing.WRITE);
  }

  /**
   * A bundle's ingestion: one transaction however large the bundle, so it runs under the ingestion
   * timeout rather than a request's query timeout.
   */
  ingestTransaction<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    return this.writeTransaction(work, this.options.ingestTimeoutMs);
  }

  /** Several writes in one transaction: all of them land or none does. */
  async writeTransaction<T>(
    work: (tx: GraphTransaction) => Promise<T>,
    timeoutMs = this.options.queryTimeoutMs,
  ): Promise<T> {
    await this.failFastWhileDown();
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      return await session.executeWrite((tx) => work(new GraphTransaction(tx, this)), {
        timeout: timeoutMs,
      });
    } catch (error) {
      throw this.noteFailure(error);
    } finally {
      await session.close();
    }
  }

  /**
   * Work in a write transaction that is always rolled back, under the ingestion timeout: for
   * checks that compare what a recomputation would write with what the store holds, without
   * writing it.
   */
  async rehearse<T>(work: (tx: GraphTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.WRITE,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    const tx = session.beginTransaction({
      timeout: this.options.ingestTimeoutMs ?? this.options.queryTimeoutMs,
    });
    try {
      return await work(new GraphTransaction(tx, this));
    } catch (error) {
      throw this.noteFailure(error);
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
    }
  }

  /** Statements by raw text, for schema set-up and tests; never with user-built text. */
  runRaw(statement: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    return this.execute<Row>(statement, params, neo4j.routing.WRITE);
  }

  private run<T>(
    query: string,
    params: Record<string, unknown>,
    routing: RoutingControl,
  ): Promise<T[]> {
    const statement = cypher(query);
    // Named statements only: raw ones are schema set-up and tests.
    this.plans.note(statement, params, routing);
    return this.execute<T>(statement, params, routing);
  }

  private async execute<T>(
    statement: string,
    params: Record<string, unknown>,
    routing: RoutingControl,
  ): Promise<T[]> {
    await this.failFastWhileDown();
    this.roundTrips += 1;
    if (routing !== neo4j.routing.READ) return this.send<T>(statement, params, routing);
    // Reads wait their turn; writes are paced by their writers and hold locks, so they go at once.
    const release = await this.reads.enter();
    try {
      return await this.send<T>(statement, params, routing);
    } finally {
      release();
    }
  }

  private async send<T>(
    statement: string,
    params: Record<string, unknown>,
    routing: RoutingControl,
  ): Promise<T[]> {
    if (routing === neo4j.routing.READ) {
      try {
        return await this.autoCommitRead<T>(statement, params);
      } catch (error) {
        // Only what a retry can cure goes round again, through the driver's retrying path below.
        if (!neo4j.isRetryableError(error)) throw this.noteFailure(error);
      }
    }
    const result = await this.driver
      .executeQuery(statement, params, {
        database: this.options.database,
        routing,
        transactionConfig: { timeout: this.options.queryTimeoutMs },
      })
      .catch((error: unknown) => {
        throw this.noteFailure(error);
      });
    return result.records.map((r) => r.toObject() as T);
  }

  /**
   * A read as one auto-commit statement: RUN and PULL in one round trip, where executeQuery's
   * managed transaction adds BEGIN and a COMMIT that waits for its own round trip (measured in
   * BENCHMARKS.md). Reads share executeQuery's bookmark manager, so a read still sees every write
   * this service made before it, on a cluster too.
   */
  private async autoCommitRead<T>(
    statement: string,
    params: Record<string, unknown>,
  ): Promise<T[]> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: neo4j.session.READ,
      bookmarkManager: this.driver.executeQueryBookmarkManager,
    });
    try {
      const result = await session.run(statement, params, { timeout: this.options.queryTimeoutMs });
      return result.records.map((r) => r.toObject() as T);
    } finally {
      await session.close();
    }
  }

  /**
   * The driver retries an unreachable Neo4j for up to maxTransactionRetryTime before giving up;
   * once one query has found it down, later ones probe it first (a refused connection answers at
   * once) and fail in milliseconds instead of each waiting out the retries. The first success clears it.
   */
  private async failFastWhileDown(): Promise<void> {
    if (!this.knownDown) return;
    try {
      await this.driver.verifyConnectivity({ database: this.options.database });
      this.knownDown = false;
      // A Neo4j that was down has most likely restarted and forgotten every plan.
      void this.plans.warm();
    } catch (error) {
      throw this.noteFailure(error);
    }
  }

  private noteFailure(error: unknown): unknown {
    const translated = translateDriverError(error);
    if (translated instanceof DatabaseUnavailableError) this.knownDown = true;
    return translated;
  }
}

/** A named-query runner bound to one open transaction. */
export class GraphTransaction {
  constructor(
    private readonly tx: Pick<ManagedTransaction, 'run'>,
    private readonly graph: Graph,
  ) {}

  async run<T = Row>(query: string, params: Record<string, unknown> = {}): Promise<T[]> {
    this.graph.roundTrips += 1;
    const statement = cypher(query);
    this.graph.plans.note(statement, params, neo4j.routing.WRITE);
    const result = await this.tx.run(statement, params);
    return result.records.map((r) => r.toObject() as T);
  }

  /** A statement by raw text, for checks and tests; never with user-built text. */
  async runRaw(statement: string, params: Record<string, unknown> = {}): Promise<Row[]> {
    this.graph.roundTrips += 1;
    const result = await this.tx.run(statement, params);
    return result.records.map((r) => r.toObject());
  }
}
