import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CliError, EXIT } from '../cli/run-cli';
import { ensureLauncherBuilt, jvmFlags, LAUNCHER_DIR } from '../neo4j/embedded';
import { isStale, readEmbeddedState } from '../neo4j/embedded-state';

/**
 * Neo4j's own offline dump and load (`neo4j-admin database dump|load`) on the embedded store, run
 * from the jars the launcher already fetched (org.neo4j.cli.AdminTool) with the data directory as
 * NEO4J_HOME. Community edition dumps and loads only while the database is stopped.
 */

/** Why a backup or restore cannot run: the store is in use (exit 5), or an input is wrong (exit 3). */
export class BackupError extends CliError {
  override name = 'BackupError';
  constructor(message: string, reason: 'store-in-use' | 'invalid-input') {
    super(message, reason === 'store-in-use' ? EXIT.STORE_IN_USE : EXIT.INVALID_INPUT);
  }
}

export const DATABASE = 'neo4j';
/** neo4j-admin names a dump after its database and reads it back by that name. */
export const DUMP_FILE = `${DATABASE}.dump`;

export interface AdminOptions {
  dataDir: string;
  java: string;
  heap: string;
  log?: (line: string) => void;
}

/** Refuses while any Neo4j holds the store: the one `npm start` or a CLI runs, or any other. */
export function assertStoreStopped(dataDir: string): void {
  const state = readEmbeddedState(dataDir);
  if (state && !isStale(state)) {
    throw new BackupError(
      `The embedded Neo4j of ${dataDir} is running for ${state.owner} (pid ${state.ownerPid}). ` +
        'Neo4j Community dumps and loads only a stopped database: stop it (Ctrl-C), then run this again.',
      'store-in-use',
    );
  }
}

async function runAdmin(options: AdminOptions, args: string[]): Promise<void> {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  ensureLauncherBuilt(log, options.java);
  // neo4j-admin wants a configuration folder; the embedded store is configured by the launcher, so an empty one does.
  const conf = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-admin-conf-'));
  fs.writeFileSync(path.join(conf, 'neo4j.conf'), '');
  const child = spawn(
    options.java,
    [
      ...jvmFlags(options.heap),
      '-cp',
      path.join(LAUNCHER_DIR, 'target/lib/*'),
      'org.neo4j.cli.AdminTool',
      ...args,
    ],
    {
      env: { ...process.env, NEO4J_HOME: path.resolve(options.dataDir), NEO4J_CONF: conf },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      output.push(line);
      if (output.length > 30) output.shift();
      // The progress lines ("Files: 3/36, data: 40%") are the progress display of a long run.
      log(`[neo4j-admin] ${line}`);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  fs.rmSync(conf, { recursive: true, force: true });
  if (code !== 0) {
    throw new Error(
      `neo4j-admin ${args.slice(0, 2).join(' ')} failed (exit ${code}):\n${output.join('\n')}`,
    );
  }
}

/** Dumps the stopped embedded store into `folder`/neo4j.dump; returns the dump's path. */
export async function dumpStore(options: AdminOptions, folder: string): Promise<string> {
  assertStoreStopped(options.dataDir);
  if (!fs.existsSync(path.join(options.dataDir, 'data/databases', DATABASE))) {
    throw new BackupError(
      `${options.dataDir} holds no Neo4j store to back up (no data/databases/${DATABASE}).`,
      'invalid-input',
    );
  }
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, DUMP_FILE);
  if (fs.existsSync(target)) {
    throw new BackupError(
      `${target} exists; choose another folder, or remove it first.`,
      'invalid-input',
    );
  }
  await runAdmin(options, ['database', 'dump', DATABASE, `--to-path=${path.resolve(folder)}`]);
  return target;
}

/**
 * Loads a dump into the stopped embedded store, replacing its database. `from` is a dump file or
 * a folder holding neo4j.dump.
 */
export async function loadStore(options: AdminOptions, from: string): Promise<void> {
  assertStoreStopped(options.dataDir);
  let folder = from;
  let staged: string | undefined;
  if (!fs.existsSync(from))
    throw new BackupError(`${from}: no such file or folder`, 'invalid-input');
  if (fs.statSync(from).isFile()) {
    if (path.basename(from) === DUMP_FILE) folder = path.dirname(from);
    else {
      // neo4j-admin reads <database>.dump from a folder: stage a link under that name.
      staged = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-restore-'));
      fs.symlinkSync(path.resolve(from), path.join(staged, DUMP_FILE));
      folder = staged;
    }
  } else if (!fs.existsSync(path.join(from, DUMP_FILE))) {
    throw new BackupError(`${from} holds no ${DUMP_FILE}.`, 'invalid-input');
  }
  fs.mkdirSync(options.dataDir, { recursive: true });
  try {
    await runAdmin(options, [
      'database',
      'load',
      DATABASE,
      `--from-path=${path.resolve(folder)}`,
      '--overwrite-destination=true',
    ]);
  } finally {
    if (staged) fs.rmSync(staged, { recursive: true, force: true });
  }
}
