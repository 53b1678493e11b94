import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { completeAnchors } from '../bundle/draft';
import type { BundleProblem } from '../bundle/problems';
import { CliError, EXIT, readJsonFile, runCli } from './run-cli';

/**
 * `npm run anchor -- <draft.json> [--out <file>]`: completes the anchors of a draft bundle against
 * its source text and writes the bundle (in place unless --out). On any problem it prints every
 * one as `path: message` and writes nothing.
 */

class CliFailure extends CliError {
  constructor(readonly problems: BundleProblem[]) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'), EXIT.INVALID_INPUT);
  }
}

runCli(
  {
    name: 'anchor',
    summary:
      'Completes the anchors of a draft bundle from its quotes: each occurrence whose quote is found exactly ' +
      'once in the source text gets its offsets. An ambiguous or missing quote is reported with the line and ' +
      'column of every candidate, and nothing is written.',
    arguments: '<draft.json>',
    positionals: { min: 1, max: 1 },
    options: { out: { type: 'string' } },
    optionHelp: { out: 'write the anchored bundle there instead of over the draft' },
    examples: [
      'npm run anchor -- articles/harbour-fire/draft.json',
      'npm run anchor -- draft.json --out bundle.json',
    ],
  },
  ({ values, positionals }) => {
    const draftPath = resolve(positionals[0]);
    const outPath = values.out === undefined ? draftPath : resolve(values.out);
    const draft = readJsonFile(draftPath);
    const result = completeAnchors(draft, readSourceText(draft, dirname(draftPath)));
    if ('problems' in result) throw new CliFailure(result.problems);

    const json = `${JSON.stringify(result.bundle, null, 2)}\n`;
    if (existsSync(outPath) && readFileSync(outPath, 'utf8') === json) {
      console.log(`${outPath}: already complete, unchanged`);
      return;
    }
    writeFileSync(outPath, json);
    console.log(
      `${outPath}: wrote ${result.bundle.occurrences?.length ?? 0} anchored occurrence(s)`,
    );
  },
);

/** The source text from `source.textFile` (relative to the draft's folder) or `source.text`. */
function readSourceText(draft: unknown, draftDir: string): string {
  const source = isRecord(draft) && isRecord(draft.source) ? draft.source : {};
  const { textFile, text } = source;
  if (typeof textFile !== 'string') {
    if (typeof text === 'string') return text;
    throw new CliFailure([
      {
        path: 'source',
        message: 'give source.textFile (a path relative to the draft) or source.text',
      },
    ]);
  }
  const path = resolve(draftDir, textFile);
  let fromFile: string;
  try {
    // fatal: a file that is not valid UTF-8 would otherwise hash differently from its bytes.
    fromFile = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      readFileSync(path),
    );
  } catch (error) {
    throw new CliFailure([
      {
        path: 'source.textFile',
        message: `cannot read ${path} as UTF-8: ${(error as Error).message}`,
      },
    ]);
  }
  if (typeof text === 'string' && text !== fromFile) {
    throw new CliFailure([
      {
        path: 'source.text',
        message: `differs from the contents of ${path}; keep only one of text and textFile`,
      },
    ]);
  }
  return fromFile;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
