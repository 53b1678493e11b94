import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../../src/config';
import { createDriver } from '../../src/neo4j/connect';
import { freePort, startEmbeddedNeo4j } from '../../src/neo4j/embedded';
import {
  attachOrStartEmbedded,
  readEmbeddedState,
  statePath,
} from '../../src/neo4j/embedded-state';
import { StartupError } from '../../src/errors';
import { smallBundle, uniqueTag } from '../support/bundles';

const TSX = path.join(PROJECT_ROOT, 'node_modules/.bin/tsx');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm run <cli>` the way a user does (through tsx), with `env` over a clean environment. */
function runCli(cli: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(NEO4J_URI|EMBEDDED_NEO4J_|API_KEYS|CLAIMGRAPH_)/.test(k),
    ),
  ) as Record<string, string>;
  return new Promise((resolve) => {
    const child = spawn(TSX, [path.join(PROJECT_ROOT, 'src/cli', `${cli}.ts`), ...args], {
      cwd: PROJECT_ROOT,
      env: { ...base, NODE_ENV: 'test', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

const CLIS = ['ingest', 'anchor', 'draft', 'apikey', 'config', 'backup', 'restore', 'export-graph'];

describe('every CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('when asked for --help, then it prints usage, examples and the exit codes, and exits 0', async () => {
    // One after another: eight TypeScript start-ups at once would only fight over two cores.
    const runs: Run[] = [];
    for (const cli of CLIS) runs.push(await runCli(cli, ['--help']));
    runs.forEach((run, i) => {
      expect({ cli: CLIS[i], code: run.code, stderr: run.stderr }).toEqual({
        cli: CLIS[i],
        code: 0,
        stderr: '',
      });
      expect(run.stdout).toContain(`usage: npm run ${CLIS[i]} -- [options]`);
      expect(run.stdout).toMatch(/\nExamples:\n {2}npm run /);
      expect(run.stdout).toContain('Exit codes: 0 done');
      expect(run.stdout).toContain('-h, --help');
    });
  }, 300000);

  it('when given an unknown option, then it names it, points at --help and exits 2', async () => {
    const run = await runCli('ingest', ['--frobnicate', 'x.json']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--frobnicate'");
    expect(run.stderr).toContain('npm run ingest -- --help');
  });

  it('when a bundle file is truncated, then ingest and anchor say file:line:column and what is wrong, with no stack trace, and exit 3', async () => {
    const file = path.join(dir, 'truncated.json');
    const whole = JSON.stringify(smallBundle(uniqueTag('cli')), null, 2);
    fs.writeFileSync(file, whole.slice(0, 200));
    const lines = whole.slice(0, 200).split('\n');
    for (const cli of ['ingest', 'anchor']) {
      const run = await runCli(cli, [file]);
      expect({ cli, code: run.code }).toEqual({ cli, code: 3 });
      // The file is outside the working directory, so it is named by its absolute path.
      expect(run.stderr.trim()).toMatch(
        new RegExp(`^${file.replace(/[.]/g, '\\.')}:${lines.length}:\\d+: invalid JSON: `),
      );
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    fs.writeFileSync(file, '{\n  "bundleVersion": 1,\n  "source": {"text": x}\n}\n');
    const run = await runCli('ingest', [file]);
    expect(run.stderr.trim()).toBe(`${file}:3:22: invalid JSON: Unexpected token 'x'`);
  });

  it('when a bundle does not validate, then ingest lists every problem, touches no database and exits 3', async () => {
    const file = path.join(dir, 'invalid.json');
    const bundle = smallBundle(uniqueTag('cli-invalid'));
    fs.writeFileSync(file, JSON.stringify({ ...bundle, claims: [{ id: 'no text' }] }));
    // NEO4J_URI points at nothing: validation must fail before any connection is tried.
    const run = await runCli('ingest', [file], {
      NEO4J_URI: `bolt://127.0.0.1:${await freePort()}`,
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('The bundle is invalid');
    expect(run.stderr).toMatch(/claims\[0\]/);
  });

  it('when Neo4j is unreachable, then the CLI says where it looked and exits 4', async () => {
    const file = path.join(dir, 'valid.json');
    fs.writeFileSync(file, JSON.stringify(smallBundle(uniqueTag('cli-down'))));
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const run = await runCli('ingest', [file], {
      NEO4J_URI: uri,
      NEO4J_STARTUP_WAIT_MS: '1000',
      NEO4J_CONNECT_TIMEOUT_MS: '500',
    });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain(`Could not reach Neo4j at ${uri}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe("the CLIs and the project's own running Neo4j", () => {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  /** The test Neo4j's store: global-setup records it; a run against an outside NEO4J_URI names it too. */
  const dataDir = process.env.CLAIMGRAPH_TEST_NEO4J_DATA_DIR!;

  it('when the test Neo4j runs, then global-setup recorded its store (CLAIMGRAPH_TEST_NEO4J_DATA_DIR)', () => {
    expect(readEmbeddedState(dataDir)).toMatchObject({ status: 'ready', uri: config.neo4jUri });
  });

  it('when ingest runs beside it with no NEO4J_URI and another EMBEDDED_NEO4J_PORT, then it uses the running Neo4j and writes there', async () => {
    const tag = uniqueTag('cli-shared');
    const file = path.join(os.tmpdir(), `${tag}.json`);
    fs.writeFileSync(file, JSON.stringify(smallBundle(tag)));
    try {
      const run = await runCli('ingest', [file], {
        EMBEDDED_NEO4J_DATA_DIR: dataDir,
        // Were the CLI to start its own Neo4j, it would listen here, and fail on the locked store.
        EMBEDDED_NEO4J_PORT: String(await freePort()),
      });
      expect({ code: run.code, stderr: run.stderr }).toEqual({
        code: 0,
        stderr: expect.stringContaining(`Using the Neo4j at ${config.neo4jUri}`),
      });
      expect(run.stdout).toMatch(/: 3 claims, \d+ occurrences/);
    } finally {
      fs.rmSync(file, { force: true });
    }
    const driver = createDriver(config.neo4jUri!, config);
    try {
      const { records } = await driver.executeQuery(
        'MATCH (c:Claim) WHERE c.id STARTS WITH $tag RETURN count(c) AS n',
        { tag },
        { database: config.neo4jDatabase },
      );
      expect(records[0].get('n')).toBe(3);
    } finally {
      await driver.close();
    }
    // The shared Neo4j is still running after the CLI ended.
    expect(readEmbeddedState(dataDir)?.status).toBe('ready');
    // A fresh CLI process loads and compiles its imports before it ingests: over a minute at load 10.
  }, 120000);

  it('when a second Neo4j is started on the same store, then it is refused and the first keeps it', async () => {
    const error = await startEmbeddedNeo4j({
      port: await freePort(),
      dataDir,
      pageCache: '64m',
      heap: '256m',
      startupWaitMs: 120000,
      log: () => {},
    }).catch((e) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect(error.message).toMatch(/in use by another Neo4j process/);
  });

  it('when the service finds a Neo4j a CLI started, then it refuses to share it (it would stop under the service) and starts nothing', async () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-state-'));
    try {
      fs.writeFileSync(
        statePath(own),
        JSON.stringify({
          status: 'ready',
          ownerPid: process.pid,
          owner: 'npm run ingest',
          pid: process.pid,
          uri: config.neo4jUri,
          startedAt: new Date().toISOString(),
        }),
      );
      const options = {
        port: await freePort(),
        dataDir: own,
        pageCache: '64m',
        heap: '256m',
        startupWaitMs: 2000,
        log: () => {},
      };
      const refused = await attachOrStartEmbedded(options, {
        owner: 'npm start',
        mayShare: (s) => s.owner === 'npm run neo4j',
      }).catch((e) => e);
      expect(refused).toBeInstanceOf(StartupError);
      expect(refused.message).toContain('running for npm run ingest');
      const shared = await attachOrStartEmbedded(options, {
        owner: 'npm run anchor',
        mayShare: () => true,
      });
      expect(shared).toMatchObject({ shared: true, uri: config.neo4jUri });
      await shared.stop();
      expect(fs.existsSync(statePath(own))).toBe(true);
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });

  it('when the state file was left by a dead process, then a CLI says so, starts its own Neo4j, and removes the file when done', async () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-stale-'));
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    fs.writeFileSync(
      statePath(own),
      JSON.stringify({
        status: 'ready',
        ownerPid: dead,
        owner: 'npm start',
        pid: dead,
        uri: 'bolt://127.0.0.1:1',
        startedAt: new Date().toISOString(),
      }),
    );
    const tag = uniqueTag('cli-stale');
    const file = path.join(own, 'bundle.json');
    fs.writeFileSync(file, JSON.stringify(smallBundle(tag)));
    try {
      const run = await runCli('ingest', [file], {
        EMBEDDED_NEO4J_DATA_DIR: own,
        EMBEDDED_NEO4J_PORT: String(await freePort()),
        EMBEDDED_NEO4J_PAGECACHE: '64m',
        EMBEDDED_NEO4J_HEAP: '512m',
        // A cold Neo4j on a loaded two-core machine has been seen to take over 100 s to start.
        NEO4J_STARTUP_WAIT_MS: '280000',
      });
      expect(run.stderr).toContain(
        `Removing the stale ${statePath(own)}: left by npm start (pid ${dead})`,
      );
      expect({ code: run.code, out: run.stdout, err: run.stderr }).toEqual({
        code: 0,
        out: expect.stringMatching(/: 3 claims/),
        err: expect.any(String),
      });
      expect(fs.existsSync(statePath(own))).toBe(false);
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  }, 420000);
});
