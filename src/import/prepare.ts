import { readBundleFile } from '../bundle/load';
import type { Bundle } from '../bundle/schema';
import { validateBundle, type Problem } from '../bundle/validate';
import { bundleHash } from '../ingest/ingest-bundle';

/** A bundle to import: its parsed JSON and, when it names a textFile, the text. */
export interface ImportInput {
  input: unknown;
  text?: string;
}

/**
 * One bundle of an import, as a preparing thread gets it: the bundle itself, a file to read
 * (`readBundleFile`), or a function to call that returns it (`module` is an absolute path and
 * `export` one of its functions, given `args`; the benchmark generates its bundles this way, so
 * that generating them is spread over the threads too).
 */
export type ImportTask =
  ImportInput | { file: string } | { module: string; export: string; args: unknown[] };

/** A bundle validated and hashed, ready for ImportPlan.addValidated; or its problems. */
export type Prepared =
  | { ok: true; bundle: Bundle; text: string; hash: string; loadMs: number }
  | { ok: false; problems: Problem[]; loadMs: number };

function load(task: ImportTask): ImportInput {
  if ('file' in task) return readBundleFile(task.file);
  if ('module' in task) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fn = (require(task.module) as Record<string, (...args: unknown[]) => ImportInput>)[
      task.export
    ];
    if (typeof fn !== 'function') throw new Error(`${task.module} has no function ${task.export}`);
    return fn(...task.args);
  }
  return task;
}

/**
 * What can be done to a bundle without the bundles before it: reading (or generating) it,
 * validating it as ingestBundle does, and the hash of its document. Entity resolution and
 * everything after it depend on the earlier bundles and stay in ImportPlan.
 */
export function prepareBundle(task: ImportTask): Prepared {
  const t = performance.now();
  const { input, text } = load(task);
  const loadMs = performance.now() - t;
  const validation = validateBundle(input, text);
  if (!validation.ok) return { ok: false, problems: validation.problems, loadMs };
  return {
    ok: true,
    bundle: validation.bundle,
    text: validation.text,
    hash: bundleHash(input),
    loadMs,
  };
}
