import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../errors';
import { EmbeddedNeo4j, EmbeddedOptions, startEmbeddedNeo4j } from './embedded';

/**
 * The state file of the embedded Neo4j of one data directory: which process started it, for what,
 * and where it listens. `npm start`, `npm run neo4j` and every CLI go through it, so a CLI typed
 * beside a running service uses that service's Neo4j instead of failing on its port or its store.
 * The file is created exclusively (O_EXCL) before Neo4j is started, so of two processes starting at
 * once only one starts Neo4j and the other waits for it; and the launcher itself refuses a store
 * whose lock another Neo4j holds, so two DBMSs never open one store whatever happens to this file.
 */
export const STATE_FILE = 'claimgraph-neo4j.json';

export interface EmbeddedState {
  status: 'starting' | 'ready';
  /** The process that started Neo4j and stops it; the launcher exits when this process dies. */
  ownerPid: number;
  /** What that process is: `npm start`, `npm run neo4j`, `npm run ingest`… */
  owner: string;
  /** The Java process holding the store, once ready. */
  pid?: number;
  uri?: string;
  startedAt: string;
}

/** An embedded Neo4j this process uses: started by it (`shared` false) or by another process. */
export interface AttachedNeo4j {
  uri: string;
  shared: boolean;
  state: EmbeddedState;
  /** Stops Neo4j when this process started it; leaves another process's Neo4j running. */
  stop(): Promise<void>;
}

export function statePath(dataDir: string): string {
  return path.join(dataDir, STATE_FILE);
}

/** Whether a process with this id exists (EPERM: it exists but belongs to another user). */
export function processIsAlive(pid: number | undefined): boolean {
  if (!pid || !Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The state of a data directory's Neo4j; undefined when there is none or it is unreadable. */
export function readEmbeddedState(dataDir: string): EmbeddedState | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(statePath(dataDir), 'utf8')) as EmbeddedState;
    return typeof parsed.ownerPid === 'number' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A state whose owner and Neo4j are both gone: left behind by a process killed without cleanup. */
export function isStale(state: EmbeddedState | undefined): boolean {
  return state !== undefined && !processIsAlive(state.ownerPid) && !processIsAlive(state.pid);
}

function tryClaim(file: string, state: EmbeddedState): boolean {
  try {
    fs.writeFileSync(file, JSON.stringify(state, null, 2), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes the state file only while it still names this process, so a successor's is never removed. */
function releaseClaim(file: string): void {
  try {
    const state = JSON.parse(fs.readFileSync(file, 'utf8')) as EmbeddedState;
    if (state.ownerPid === process.pid) fs.rmSync(file, { force: true });
  } catch {
    // Already gone, or replaced by something unreadable that is not ours to remove.
  }
}

export interface AttachOptions {
  /** What this process is, recorded for others to read (`npm start`, `npm run ingest`…). */
  owner: string;
  /**
   * Whether this process may use a Neo4j another process started. The service may use only one that
   * `npm run neo4j` keeps running: a CLI's Neo4j stops when the CLI ends, under the service's feet.
   */
  mayShare: (state: EmbeddedState) => boolean;
  log?: (line: string) => void;
}

/**
 * Uses the embedded Neo4j already running for `options.dataDir` when there is one, or starts it and
 * records it; a stale state file (its processes dead) is reported and replaced.
 */
export async function attachOrStartEmbedded(
  options: EmbeddedOptions,
  attach: AttachOptions,
): Promise<AttachedNeo4j> {
  const log = attach.log ?? options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  fs.mkdirSync(options.dataDir, { recursive: true });
  const file = statePath(options.dataDir);
  const deadline = Date.now() + options.startupWaitMs;
  for (;;) {
    const mine: EmbeddedState = {
      status: 'starting',
      ownerPid: process.pid,
      owner: attach.owner,
      startedAt: new Date().toISOString(),
    };
    if (tryClaim(file, mine)) {
      let started: EmbeddedNeo4j;
      try {
        started = await startEmbeddedNeo4j(options);
      } catch (error) {
        releaseClaim(file);
        throw error;
      }
      const ready: EmbeddedState = { ...mine, status: 'ready', pid: started.pid, uri: started.uri };
      fs.writeFileSync(file, JSON.stringify(ready, null, 2));
      const release = () => releaseClaim(file);
      process.once('exit', release);
      return {
        uri: started.uri,
        shared: false,
        state: ready,
        async stop() {
          await started.stop();
          releaseClaim(file);
          process.removeListener('exit', release);
        },
      };
    }

    const state = readEmbeddedState(options.dataDir);
    if (state === undefined || isStale(state)) {
      const what = state
        ? `left by ${state.owner} (pid ${state.ownerPid}), which is no longer running`
        : 'unreadable';
      log(`Removing the stale ${file}: ${what}.`);
      fs.rmSync(file, { force: true });
      continue;
    }
    if (state.status === 'ready' && state.uri) {
      if (!attach.mayShare(state)) {
        throw new StartupError(
          `The embedded Neo4j of ${options.dataDir} is running for ${state.owner} (pid ${state.ownerPid}) and stops when it ends. ` +
            `Wait for it to finish, or run \`npm run neo4j\` to keep one running that everything shares, ` +
            `or set EMBEDDED_NEO4J_DATA_DIR to another folder.`,
        );
      }
      log(
        `Using the Neo4j at ${state.uri} that ${state.owner} (pid ${state.ownerPid}) runs for ${options.dataDir}.`,
      );
      return { uri: state.uri, shared: true, state, stop: async () => {} };
    }
    if (Date.now() > deadline) {
      throw new StartupError(
        `${state.owner} (pid ${state.ownerPid}) has been starting the embedded Neo4j of ${options.dataDir} for longer than ` +
          `NEO4J_STARTUP_WAIT_MS (${options.startupWaitMs} ms). Stop it, or remove ${file} if that process is not claimgraph's.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
