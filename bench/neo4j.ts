import fs from 'node:fs';
import path from 'node:path';
import { OwnNeo4j, startOwnNeo4j } from '../src/neo4j/own-neo4j';

export interface BenchDatabaseOptions {
  /** Folder of this size's store and progress file, kept between runs (e.g. /tmp/claimgraph-bench-1m). */
  dir: string;
  heap: string;
  pageCache: string;
}

export type BenchDatabase = OwnNeo4j;

/**
 * A Neo4j of the benchmark's own, apart from the one tests and development use: bigger heap and
 * page cache, and a store folder per graph size so that a 1M-claim graph survives between runs.
 */
export function startBenchDatabase(options: BenchDatabaseOptions): Promise<BenchDatabase> {
  return startOwnNeo4j({
    dataDir: path.join(options.dir, 'neo4j'),
    pageCache: options.pageCache,
    heap: options.heap,
    startupWaitMs: 600000,
    // Long bulk transactions and cold 1M-claim queries outlast the service's 15 s default.
    env: { NEO4J_QUERY_TIMEOUT_MS: '1800000' },
  });
}

/** User plus system CPU time of a process so far, in ms, from /proc/<pid>/stat (Linux). */
export function cpuMsOf(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name, in clock ticks (100 per second).
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU ms of a process's threads so far, summed by role: the query threads, the JIT compilers, the garbage collector, the rest. */
export function threadCpuMsOf(pid: number): Record<string, number> {
  const out: Record<string, number> = { queries: 0, jit: 0, gc: 0, other: 0 };
  for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const role = /BoltWork/.test(name)
        ? 'queries'
        : /Compiler/.test(name)
          ? 'jit'
          : /^(GC|G1)/.test(name)
            ? 'gc'
            : 'other';
      out[role] += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}

/** Resident and peak resident memory of a process, in MiB, from /proc/<pid>/status (Linux). */
export function memoryOf(pid: number | 'self'): { rssMiB: number; peakMiB: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: Math.round(kib('VmRSS') / 1024), peakMiB: Math.round(kib('VmHWM') / 1024) };
}

/** Peak resident memory seen by polling, for a process whose VmHWM spans more than the phase measured. */
export class RssSampler {
  private peak = 0;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly pid: number | 'self',
    everyMs = 250,
  ) {
    this.sample();
    this.timer = setInterval(() => this.sample(), everyMs);
    this.timer.unref();
  }

  private sample() {
    try {
      this.peak = Math.max(this.peak, memoryOf(this.pid).rssMiB);
    } catch {
      // The process has exited; keep the peak seen so far.
    }
  }

  stop(): number {
    this.sample();
    clearInterval(this.timer);
    return this.peak;
  }
}
