import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { completeAnchors, type BundleProblem } from '../bundle/draft';

/**
 * `npm run anchor -- <draft.json> [--out <file>]`: completes the anchors of a draft bundle against
 * its source text and writes the bundle (in place unless --out). On any problem it prints every
 * one as `path: message` and writes nothing.
 */

const USAGE = 'usage: npm run anchor -- <draft.json> [--out <file>]';

class CliFailure extends Error {
  constructor(
    readonly problems: BundleProblem[],
    readonly exitCode = 1,
  ) {
    super(problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  }
}

function main(argv: string[]): void {
  const { draftPath, outPath } = parseCommandLine(argv);
  const draft = readJson(draftPath);
  const result = completeAnchors(draft, readSourceText(draft, dirname(draftPath)));
  if ('problems' in result) throw new CliFailure(result.problems);

  const json = `${JSON.stringify(result.bundle, null, 2)}\n`;
  if (existsSync(outPath) && readFileSync(outPath, 'utf8') === json) {
    console.log(`${outPath}: already complete, unchanged`);
    return;
  }
  writeFileSync(outPath, json);
  console.log(`${outPath}: wrote ${result.bundle.occurrences?.length ?? 0} anchored occurrence(s)`);
}

function parseCommandLine(argv: string[]): { draftPath: string; outPath: string } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { out: { type: 'string' } },
      allowPositionals: true,
    });
  } catch (error) {
    throw new CliFailure(
      [{ path: 'arguments', message: `${(error as Error).message}; ${USAGE}` }],
      2,
    );
  }
  if (parsed.positionals.length !== 1) {
    throw new CliFailure(
      [
        {
          path: 'arguments',
          message: `expected one draft file, got ${parsed.positionals.length}; ${USAGE}`,
        },
      ],
      2,
    );
  }
  const draftPath = resolve(parsed.positionals[0]);
  return {
    draftPath,
    outPath: parsed.values.out === undefined ? draftPath : resolve(parsed.values.out),
  };
}

function readJson(path: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliFailure([{ path, message: `cannot read the draft: ${(error as Error).message}` }]);
  }
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new CliFailure([{ path, message: `not valid JSON: ${(error as Error).message}` }]);
  }
}

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

try {
  main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof CliFailure)) throw error;
  for (const { path, message } of error.problems) console.error(`${path}: ${message}`);
  process.exitCode = error.exitCode;
}
