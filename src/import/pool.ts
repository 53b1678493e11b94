import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { ImportTask, prepareBundle, Prepared } from './prepare';

type Reply = { id: number; result: Prepared | { error: string } };

/**
 * A worker thread running src/import/prepare-worker. From TypeScript sources (tsx, jest) the
 * thread registers tsx itself, since a worker does not inherit the main thread's require hooks;
 * from a compiled build it runs the compiled file.
 */
function startWorker(): Worker {
  const ts = __filename.endsWith('.ts');
  const entry = path.join(__dirname, `prepare-worker${ts ? '.ts' : '.js'}`);
  if (!ts) return new Worker(entry);
  const register = require.resolve('tsx/cjs/api');
  return new Worker(
    `require(${JSON.stringify(register)}).register(); require(${JSON.stringify(entry)});`,
    { eval: true },
  );
}

/**
 * Prepares the tasks (read or generate, validate, hash: src/import/prepare.ts) on `workers`
 * threads and yields the results in task order, at most two tasks per thread in flight, so that
 * bundle k+1 and k+2 are validated while the caller adds bundle k. With `workers` 0 everything
 * runs on the calling thread, one task at a time.
 */
export async function* preparedInOrder(
  tasks: Iterable<ImportTask> | AsyncIterable<ImportTask>,
  workers: number,
): AsyncGenerator<Prepared> {
  if (workers <= 0) {
    for await (const task of tasks) yield prepareBundle(task);
    return;
  }
  const pool = Array.from({ length: workers }, startWorker);
  const pending = new Map<
    number,
    { resolve: (r: Reply['result']) => void; reject: (e: Error) => void }
  >();
  const fail = (error: Error) => {
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  for (const w of pool) {
    w.on('message', ({ id, result }: Reply) => {
      pending.get(id)?.resolve(result);
      pending.delete(id);
    });
    w.on('error', fail);
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`an import worker stopped with exit code ${code}`));
    });
  }
  const inFlight: Promise<Reply['result']>[] = [];
  let next = 0;
  const submit = (task: ImportTask) => {
    const id = next++;
    inFlight.push(
      new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        pool[id % workers].postMessage({ id, task });
      }),
    );
  };
  const take = async (): Promise<Prepared> => {
    const result = await inFlight.shift()!;
    if ('error' in result) throw new Error(`preparing a bundle failed: ${result.error}`);
    return result;
  };
  try {
    for await (const task of tasks) {
      submit(task);
      if (inFlight.length >= workers * 2) yield await take();
    }
    while (inFlight.length > 0) yield await take();
  } finally {
    // Rejections of tasks nobody will read are expected once the caller stops early.
    for (const p of inFlight) p.catch(() => {});
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
