import { DatabaseBusyError } from './errors';

/** Lets a read through once; calling it again does nothing. */
export type Release = () => void;

/**
 * At most `limit` reads in Neo4j at once; the others wait their turn, first come first served,
 * and one that has waited `queueTimeoutMs` is refused (DatabaseBusyError, told as 503 with
 * Retry-After) instead of joining the crowd.
 *
 * Why: Neo4j takes every query it is sent and shares the cores among them. When reads arrive
 * faster than it answers them (after a restart, on a cold JVM, every question is several times
 * dearer), each of eighty reads in flight got a sliver of two cores, every one of them ran past
 * the query timeout, none finished, and a one-minute soak at 5 reads/s never recovered from a
 * Neo4j SIGKILL on a loaded machine (docs/reliability.md, finding 7). With a gate the reads let
 * in finish, the JVM warms on them, and the excess is told at once to come back.
 */
export class ReadGate {
  private active = 0;
  private readonly queue: (() => void)[] = [];
  /** Reads refused after waiting their whole queueTimeoutMs, since creation. */
  refused = 0;

  constructor(
    readonly limit: number,
    readonly queueTimeoutMs: number,
  ) {}

  /** Reads in Neo4j now, and reads waiting for a turn. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.queue.length };
  }

  /** Resolves with the read's release when it may go to Neo4j; rejects when it waited too long. */
  enter(): Promise<Release> {
    if (this.active < this.limit) {
      this.active += 1;
      return Promise.resolve(this.ticket());
    }
    return new Promise<Release>((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        resolve(this.ticket());
      };
      const timer = setTimeout(() => {
        this.queue.splice(this.queue.indexOf(admit), 1);
        this.refused += 1;
        reject(
          new DatabaseBusyError(
            `${this.limit} reads were already running in Neo4j (NEO4J_MAX_CONCURRENT_READS) and this one waited ${this.queueTimeoutMs} ms for a turn (NEO4J_READ_QUEUE_TIMEOUT_MS)`,
          ),
        );
      }, this.queueTimeoutMs);
      this.queue.push(admit);
    });
  }

  /** A release that hands the slot to the next read in line, or frees it; only once. */
  private ticket(): Release {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      if (next) next();
      else this.active -= 1;
    };
  }
}
