import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config';
import { freePort } from '../src/neo4j/embedded';

export type TargetName = 'claimgraph' | 'cypher' | 'neo4j-graphql';
export const TARGETS: TargetName[] = ['claimgraph', 'cypher', 'neo4j-graphql'];

export interface Service {
  target: TargetName;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Each server runs in a child process of its own, so that its memory can be read apart and the
 * load generator in this process never shares an event loop with the server it measures.
 */
function spawnNode(
  script: string,
  args: string[],
  env: Record<string, string>,
  nodeFlags: string[] = [],
): ChildProcess {
  const exitWithParent = path.join('bench', 'servers', 'exit-with-parent.ts');
  return spawn(
    process.execPath,
    [...nodeFlags, '--import', 'tsx', '--import', `./${exitWithParent}`, script, ...args],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      // stdin is a pipe that only closes when this process dies: see bench/servers/exit-with-parent.ts.
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
}

async function waitForHealth(
  child: ChildProcess,
  url: string,
  what: string,
  output: string[],
): Promise<void> {
  const deadline = Date.now() + 120000;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(
        `${what} exited during start-up (code ${child.exitCode}):\n${output.join('')}`,
      );
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline)
      throw new Error(`${what} did not answer on ${url}/health within 120 s:\n${output.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** `cpuProfileDir`: the claimgraph service writes a V8 CPU profile there when it stops. */
export async function startService(
  target: TargetName,
  neo4jUri: string,
  options: { cpuProfileDir?: string } = {},
): Promise<Service> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child =
    target === 'claimgraph'
      ? // The real service entry point, as deployed: production mode, no seeding, our Neo4j.
        spawnNode(
          'src/main.ts',
          [],
          {
            NEO4J_URI: neo4jUri,
            PORT: String(port),
            SEED_ON_START: 'false',
            NODE_ENV: 'production',
            LOG_LEVEL: 'warn',
            // autocannon drives thousands of requests a second from one address.
            RATE_LIMIT_PER_MINUTE: '0',
          },
          options.cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`] : [],
        )
      : spawnNode(
          path.join(
            'bench',
            'servers',
            target === 'cypher' ? 'cypher-server.ts' : 'neo4j-graphql-server.ts',
          ),
          [neo4jUri, String(port)],
          {},
        );
  // The last output only, for a start-up failure's message; a long run must not grow it.
  const output: string[] = [];
  const keep = (c: Buffer) => {
    output.push(c.toString());
    if (output.length > 200) output.splice(0, 100);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  await waitForHealth(child, url, target, output);
  return {
    target,
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    },
  };
}
