import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

/**
 * The benchmark starts each server it measures in a child process. When the benchmark itself is
 * killed (SIGKILL, so no handler of its own runs), those servers must not live on, orphaned and
 * listening: they stop when the pipe to their stdin closes (bench/servers/exit-with-parent.ts).
 */
describe('servers started by the benchmark', () => {
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  it('when the benchmark process is killed with SIGKILL, then the server it started stops too', async () => {
    // A stand-in for bench/run.ts: starts the raw-Cypher server the way the benchmark does and
    // prints its pid once it answers.
    const parent = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `
      const { startService } = require(${JSON.stringify(path.join(PROJECT_ROOT, 'bench/services.ts'))});
      startService('cypher', process.env.NEO4J_URI).then((s) => console.log('PID ' + s.pid));
    `,
      ],
      { cwd: PROJECT_ROOT, env: process.env, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const childPid = await new Promise<number>((resolve, reject) => {
      let out = '';
      parent.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /PID (\d+)/.exec(out);
        if (match) resolve(Number(match[1]));
      });
      parent.once('exit', (code) =>
        reject(new Error(`the stand-in exited (${code}) before its server answered: ${out}`)),
      );
    });
    expect(alive(childPid)).toBe(true);

    parent.kill('SIGKILL');
    const deadline = Date.now() + 15000;
    while (alive(childPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(alive(childPid)).toBe(false);
  }, 60000);
});
