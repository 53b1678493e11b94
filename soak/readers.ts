import { gql } from './client';
import { Question, ReadSamples } from './questions';

/** A read slower than this counts as a stall: not yet recovered, live and in the report. */
export const STALL_MS = 1000;

/** One read: when it was due, how long after that its answer came, and whether it was good. */
export interface Read {
  /** Ms since the soak started at which the read was due to be sent. */
  at: number;
  /** From when it was due to its answer, so that a read held back by a stall counts the stall. */
  ms: number;
  ok: boolean;
  question: string;
  error?: string;
  /** The service's own time for it (Server-Timing); the rest is the client, the network and waiting to be sent. */
  serverMs?: number;
}

/** Ms after the start at which read `k` (from 0) is due: the first at once, then one every 1/rate s. */
export const dueAt = (k: number, ratePerSecond: number) => (k * 1000) / ratePerSecond;

/**
 * How many reads are due `elapsedMs` after the start, the one due at that very moment included.
 * Counting only whole intervals gone by (one fewer) sent each read an interval after its due time,
 * which the report then counted as latency: 200 ms on every read at 5 reads/s.
 */
export const readsDue = (elapsedMs: number, ratePerSecond: number) =>
  Math.floor((elapsedMs * ratePerSecond) / 1000) + 1;

/**
 * Readers at a fixed arrival rate, open loop: request i is due at start + i / rate whether or not
 * earlier ones have answered, so a stalled server shows up as latency and errors, never as fewer
 * requests. Requests in flight are bounded (rate × timeout) only as a guard; one that would pass
 * the bound is recorded as an error without being sent.
 */
export class OpenLoopReaders {
  readonly reads: Read[] = [];
  private issued = 0;
  private inFlight = 0;
  private timer?: NodeJS.Timeout;
  private readonly pending = new Set<Promise<void>>();
  private consecutiveOk = 0;

  constructor(
    private readonly url: string,
    private readonly ratePerSecond: number,
    private readonly questions: Question[],
    private readonly samples: ReadSamples,
    private readonly t0: number,
    private readonly timeoutMs: number,
  ) {}

  start(): void {
    const started = Date.now();
    const first = this.issued;
    const tick = () => {
      const due = first + readsDue(Date.now() - started, this.ratePerSecond);
      while (this.issued < due) this.send(started + dueAt(this.issued - first, this.ratePerSecond));
    };
    tick();
    this.timer = setInterval(tick, 5);
  }

  /** Reads answered well and in time, in a row up to now: the live signal that a fault is over. */
  get goodStreak(): number {
    return this.consecutiveOk;
  }

  private send(dueMs: number): void {
    const i = this.issued++;
    const question = this.questions[i % this.questions.length];
    const record = (ok: boolean, error?: string, serverMs?: number) => {
      this.reads.push({
        at: dueMs - this.t0,
        ms: Date.now() - dueMs,
        ok,
        question: question.name,
        error,
        serverMs,
      });
      // The same test as the report's recovery (soak/report.ts): an answer slower than STALL_MS
      // is not yet good, even when it is right.
      this.consecutiveOk = ok && Date.now() - dueMs <= STALL_MS ? this.consecutiveOk + 1 : 0;
    };
    if (this.inFlight >= (this.ratePerSecond * this.timeoutMs) / 1000 + 50) {
      record(false, 'not sent: too many reads in flight');
      return;
    }
    this.inFlight += 1;
    const request = gql(this.url, question.query, question.variables(i, this.samples), {
      timeoutMs: this.timeoutMs,
    }).then((answer) => {
      this.inFlight -= 1;
      if (answer.status === 200 && answer.data && !answer.errors?.length)
        record(true, undefined, answer.serverMs);
      else
        record(
          false,
          answer.errors?.[0]?.extensions?.code ??
            (answer.failure ? `no answer (${answer.failure})` : `HTTP ${answer.status}`),
          answer.serverMs,
        );
    });
    const tracked = request.finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }

  /** Stops sending and waits for every read in flight to answer or time out. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await Promise.all([...this.pending]);
  }
}
