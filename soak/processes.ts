import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { EmbeddedNeo4j, startEmbeddedNeo4j } from '../src/neo4j/embedded';

/**
 * The two processes a soak runs and hurts: the project's own Neo4j (a JVM of its own, so it can
 * be SIGKILLed and SIGSTOPped) and the service (`src/main.ts`, as deployed, pointed at that Neo4j
 * by NEO4J_URI, so it can be SIGTERMed). Both keep their port across restarts, as a supervisor
 * restarting them in place would, and both stop when the soak dies (stdin pipes, see
 * bench/servers/exit-with-parent.ts).
 */

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export interface Neo4jOptions {
  port: number;
  dataDir: string;
  pageCache: string;
  heap: string;
}

export class Neo4jProcess {
  private current?: EmbeddedNeo4j;

  constructor(private readonly options: Neo4jOptions) {}

  get uri(): string {
    return `bolt://127.0.0.1:${this.options.port}`;
  }

  get pid(): number {
    if (!this.current) throw new Error('Neo4j is not running');
    return this.current.pid;
  }

  /** Starts Neo4j on the same port and store as before, resolving once Bolt answers. */
  async start(): Promise<void> {
    this.current = await startEmbeddedNeo4j({
      ...this.options,
      startupWaitMs: 300000,
      log: (line) => {
        if (/\b(ERROR|Exception)\b/.test(line)) process.stderr.write(`${line}\n`);
      },
    });
  }

  /** SIGKILL, then waits until the process is gone and its port and store lock are free. */
  async kill(): Promise<void> {
    const pid = this.pid;
    process.kill(pid, 'SIGKILL');
    const deadline = Date.now() + 30000;
    while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  }

  pause(): void {
    process.kill(this.pid, 'SIGSTOP');
  }

  resume(): void {
    process.kill(this.pid, 'SIGCONT');
  }

  async stop(): Promise<void> {
    if (!this.current) return;
    try {
      // A stopped JVM ignores SIGTERM until it runs again.
      process.kill(this.current.pid, 'SIGCONT');
    } catch {
      // Already gone.
    }
    await this.current.stop();
    this.current = undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface ServiceOptions {
  port: number;
  env: Record<string, string>;
}

export class ServiceProcess {
  private child?: ChildProcess;
  private readonly output: string[] = [];

  constructor(private readonly options: ServiceOptions) {}

  get url(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get pid(): number {
    if (!this.child?.pid || exited(this.child)) throw new Error('the service is not running');
    return this.child.pid;
  }

  /** Starts `src/main.ts` and resolves once /health answers. */
  async start(): Promise<void> {
    this.output.length = 0;
    const exitWithParent = path.join('bench', 'servers', 'exit-with-parent.ts');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--import', `./${exitWithParent}`, 'src/main.ts'],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          ...this.options.env,
          HOST: '127.0.0.1',
          PORT: String(this.options.port),
        },
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    );
    this.child = child;
    const keep = (c: Buffer) => {
      // A process being replaced may still write; its lines are not the new one's.
      if (this.child !== child) return;
      this.output.push(c.toString());
      if (this.output.length > 200) this.output.splice(0, 100);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    const deadline = Date.now() + 300000;
    for (;;) {
      if (exited(child))
        throw new Error(
          `the service exited during start-up (code ${child.exitCode}):\n${this.output.join('')}`,
        );
      try {
        const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) return;
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) {
        // Given up on, it must not live on holding the port: the next attempt could not listen.
        child.kill('SIGKILL');
        await waitForExit(child, 10000);
        throw new Error(
          `the service did not answer /health within 300 s:\n${this.output.join('')}`,
        );
      }
      await sleep(100);
    }
  }

  /**
   * SIGTERM, as an orchestrator stops a container; resolves with how long the process took to
   * exit and whether it had to be SIGKILLed after `graceMs`.
   */
  async terminate(graceMs = 10000): Promise<{ exitMs: number; killed: boolean }> {
    const child = this.child;
    if (!child || exited(child)) return { exitMs: 0, killed: false };
    const started = Date.now();
    child.kill('SIGTERM');
    if (await waitForExit(child, graceMs)) return { exitMs: Date.now() - started, killed: false };
    child.kill('SIGKILL');
    await waitForExit(child, 5000);
    return { exitMs: Date.now() - started, killed: true };
  }

  /** The last lines the service wrote, for a failure's message. */
  lastOutput(): string {
    return this.output.join('');
  }
}
