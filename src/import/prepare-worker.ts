import { parentPort } from 'node:worker_threads';
import { ImportTask, prepareBundle, Prepared } from './prepare';

/** A preparing thread of the import (src/import/pool.ts): one task in, one Prepared out. */
parentPort!.on('message', ({ id, task }: { id: number; task: ImportTask }) => {
  let result: Prepared | { error: string };
  try {
    result = prepareBundle(task);
  } catch (error) {
    result = { error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage({ id, result });
});
