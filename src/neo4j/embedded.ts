import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { Config, PROJECT_ROOT } from '../config';
import { StartupError } from '../errors';

export const LAUNCHER_DIR = path.join(PROJECT_ROOT, 'neo4j-launcher');
const LAUNCHER_CLASS = 'dev.claimgraph.Neo4jLauncher';
const HOST = '127.0.0.1';

export interface EmbeddedOptions {
  port: number;
  dataDir: string;
  pageCache: string;
  heap: string;
  /** Enables auth with user neo4j and this password; unset runs without auth (loopback only). */
  password?: string;
  startupWaitMs: number;
  /** The java command; JAVA in the config. */
  java?: string;
  /** Where the launcher's own output goes; defaults to this process's stderr. */
  log?: (line: string) => void;
}

/** The embedded Neo4j as the config describes it. */
export function embeddedOptionsFrom(config: Config): EmbeddedOptions {
  return {
    port: config.embeddedPort,
    dataDir: config.embeddedDataDir,
    pageCache: config.embeddedPageCache,
    heap: config.embeddedHeap,
    password: config.neo4jPassword,
    startupWaitMs: config.neo4jStartupWaitMs,
    java: config.java,
  };
}

export interface EmbeddedNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

function requireCommand(command: string, args: string[], missing: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error) throw new StartupError(missing);
}

const JAVA_MISSING =
  'Java was not found on PATH, and the embedded Neo4j needs Java 17. Install OpenJDK 17, ' +
  'or point the service at a running Neo4j with NEO4J_URI=bolt://host:7687, ' +
  'or run the production route: docker compose up.';

/** Written after each successful build: Maven leaves the class files alone when only pom.xml changed. */
const BUILT_STAMP = path.join(LAUNCHER_DIR, 'target/launcher-built.stamp');

function launcherIsBuilt(): boolean {
  const lib = path.join(LAUNCHER_DIR, 'target/lib');
  if (!fs.existsSync(BUILT_STAMP) || !fs.existsSync(lib)) return false;
  const built = fs.statSync(BUILT_STAMP).mtimeMs;
  const javaDir = path.join(LAUNCHER_DIR, 'src/main/java/dev/claimgraph');
  const sources = [
    path.join(LAUNCHER_DIR, 'pom.xml'),
    ...fs.readdirSync(javaDir).map((f) => path.join(javaDir, f)),
  ];
  return sources.every((s) => fs.statSync(s).mtimeMs <= built);
}

/** Builds the launcher and fetches the Neo4j jars with Maven, once; later runs reuse them. */
export function ensureLauncherBuilt(
  log: (line: string) => void = (l) => process.stderr.write(l + '\n'),
  java = 'java',
): void {
  requireCommand(java, ['-version'], JAVA_MISSING);
  if (launcherIsBuilt()) return;
  requireCommand(
    'mvn',
    ['-v'],
    'Maven was not found on PATH; it fetches the embedded Neo4j from Maven Central on first run. ' +
      'Install Maven, or set NEO4J_URI to use a running Neo4j, or run docker compose up.',
  );
  log('Building the embedded Neo4j launcher (the first run fetches Neo4j from Maven Central)…');
  const build = spawnSync(
    'mvn',
    ['-q', '-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (build.status !== 0) {
    throw new StartupError(
      `Building the embedded Neo4j launcher failed (mvn exited ${build.status}). ` +
        'Check that Maven Central is reachable, or set NEO4J_URI to use a running Neo4j.',
    );
  }
  fs.writeFileSync(BUILT_STAMP, `${new Date().toISOString()}\n`);
}

/** The launcher's JVM flags (jvm-flags.txt) with the heap set; neo4j-admin runs with the same. */
export function jvmFlags(heap: string): string[] {
  const flags = fs
    .readFileSync(path.join(LAUNCHER_DIR, 'jvm-flags.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('-Xmx'));
  return [...flags, `-Xmx${heap}`];
}

async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE') {
        reject(
          new StartupError(
            `Port ${port} on ${HOST} is already taken, so the embedded Neo4j cannot listen there. ` +
              'Set EMBEDDED_NEO4J_PORT to a free port, or set NEO4J_URI to use the Neo4j that may already be running there.',
          ),
        );
      } else reject(err);
    });
    probe.listen(port, HOST, () => probe.close(() => resolve()));
  });
}

/** A port the OS reports free right now, for tests that start their own Neo4j. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, HOST, () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Starts the project's own Neo4j and resolves once Bolt answers verifyConnectivity, polling
 * rather than sleeping. The launcher also stops when our stdin pipe closes, so a killed parent
 * leaves no orphan holding the store lock.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const java = options.java ?? 'java';
  ensureLauncherBuilt(log, java);
  await assertPortFree(options.port);
  fs.mkdirSync(options.dataDir, { recursive: true });

  const classpath = [
    path.join(LAUNCHER_DIR, 'target/classes'),
    path.join(LAUNCHER_DIR, 'target/lib/*'),
  ].join(path.delimiter);
  const child = spawn(java, [...jvmFlags(options.heap), '-cp', classpath, LAUNCHER_CLASS], {
    env: {
      ...process.env,
      NEO4J_LAUNCHER_HOST: HOST,
      NEO4J_LAUNCHER_PORT: String(options.port),
      NEO4J_LAUNCHER_DATA_DIR: options.dataDir,
      NEO4J_LAUNCHER_PAGECACHE: options.pageCache,
      NEO4J_LAUNCHER_PASSWORD: options.password ?? '',
      NEO4J_LAUNCHER_STOP_ON_STDIN_EOF: 'true',
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      output.push(line);
      if (output.length > 40) output.shift();
      log(`[neo4j] ${line}`);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  const uri = `bolt://${HOST}:${options.port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 30000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5000);
    }
  };

  const auth = options.password ? neo4j.auth.basic('neo4j', options.password) : undefined;
  const probe = neo4j.driver(uri, auth, {
    connectionTimeout: 2000,
    logging: { level: 'error', logger: () => {} },
  });
  const deadline = Date.now() + options.startupWaitMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        throw new StartupError(
          `The embedded Neo4j exited during start-up (code ${child.exitCode}). Its last output:\n${output.join('\n')}`,
        );
      }
      try {
        await probe.verifyConnectivity();
        break;
      } catch {
        if (Date.now() > deadline) {
          await stop();
          throw new StartupError(
            `The embedded Neo4j did not answer on ${uri} within ${options.startupWaitMs} ms. ` +
              'Raise NEO4J_STARTUP_WAIT_MS, or set NEO4J_URI to use a running Neo4j.',
          );
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await probe.close();
  }
  return { uri, pid: child.pid!, stop };
}
