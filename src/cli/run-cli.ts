import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BundleValidationError } from '../bundle/validate';
import { StartupError } from '../errors';
import { DatabaseUnavailableError } from '../neo4j/errors';

/**
 * The shared plumbing of every `npm run <command>`: `--help`, `--verbose`, argument parsing, exit
 * codes, and errors printed as one line each (`file:line:column: what is wrong`) with no stack
 * trace unless --verbose. A command declares a CliSpec and a main function; see docs/operations.md.
 */

/** Exit codes, the same for every command. */
export const EXIT = {
  /** Done. */
  OK: 0,
  /** Something unexpected failed; --verbose shows the stack trace. */
  FAILED: 1,
  /** The command line is wrong: unknown option, missing file argument. */
  USAGE: 2,
  /** An input is wrong: unreadable file, broken JSON, a bundle that does not validate. */
  INVALID_INPUT: 3,
  /** Neo4j could not be reached or started. */
  DATABASE_UNREACHABLE: 4,
  /** The store is in use by a running Neo4j, and the command needs it stopped (backup, restore). */
  STORE_IN_USE: 5,
} as const;

export const EXIT_CODES_HELP =
  'Exit codes: 0 done, 1 unexpected failure, 2 wrong arguments, 3 invalid input ' +
  '(unreadable or broken file, validation), 4 Neo4j unreachable or not started, ' +
  '5 the store is in use (backup and restore need it stopped).';

/** The help note of every command that talks to Neo4j. */
export const NEO4J_NOTE =
  'Neo4j: NEO4J_URI when set; otherwise the embedded Neo4j that `npm start` runs for ' +
  'EMBEDDED_NEO4J_DATA_DIR, found through its state file; otherwise one started for this command ' +
  'and stopped after it.';

/** A failure the command explains itself: the message is printed as is, and the process exits with `exitCode`. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT.FAILED,
  ) {
    super(message);
  }
}

export const usageError = (message: string) => new CliError(message, EXIT.USAGE);
export const inputError = (message: string) => new CliError(message, EXIT.INVALID_INPUT);

/** The options of a command, in parseArgs form. */
export type CliOptions = NonNullable<ParseArgsConfig['options']>;
type Options = CliOptions;

export interface CliSpec<O extends Options> {
  /** The npm script, e.g. `ingest`. */
  name: string;
  /** What it does, one or two sentences. */
  summary: string;
  /** What follows the options in the usage line, e.g. `<bundle.json> [more bundles…]`. */
  arguments: string;
  /** How many positional arguments it takes. */
  positionals: { readonly min: number; readonly max?: number };
  /** Its own options (parseArgs form); --help and --verbose are added to every command. */
  options: O;
  /** One line per option, keyed like `options`; an option with a value shows it, e.g. `--out <file>`. */
  optionHelp: { [K in keyof O]: string };
  examples: readonly string[];
  /** Anything else a user should know (which Neo4j it uses, what it writes). */
  notes?: readonly string[];
}

/** What main receives: the parsed options and positionals, and whether --verbose was given. */
export interface CliArgs<O extends Options> {
  values: ReturnType<
    typeof parseArgs<{ options: O; allowPositionals: true; strict: true }>
  >['values'];
  positionals: string[];
  verbose: boolean;
}

const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  verbose: { type: 'boolean' },
} as const;

/** The --help text of a command. */
export function helpText<O extends Options>(spec: CliSpec<O>): string {
  const rows: [string, string][] = Object.entries(spec.options).map(([name, option]) => [
    `${option.short ? `-${option.short}, ` : ''}--${name}${option.type === 'string' ? ` <${name}>` : ''}`,
    spec.optionHelp[name as keyof O],
  ]);
  rows.push(['--verbose', 'on an unexpected failure, print the stack trace too']);
  rows.push(['-h, --help', 'print this help']);
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return [
    `usage: npm run ${spec.name} -- [options] ${spec.arguments}`.trimEnd(),
    '',
    spec.summary,
    '',
    'Options:',
    ...rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`),
    '',
    'Examples:',
    ...spec.examples.map((e) => `  ${e}`),
    ...(spec.notes?.length ? ['', ...spec.notes] : []),
    '',
    EXIT_CODES_HELP,
  ].join('\n');
}

/** Parses the command line of a spec; a usage error names the problem and points at --help. */
export function parseCommandLine<O extends Options>(
  spec: CliSpec<O>,
  argv: string[],
): CliArgs<O> | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...spec.options, ...COMMON_OPTIONS },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw usageError(`${(error as Error).message}\nSee \`npm run ${spec.name} -- --help\`.`);
  }
  const values = parsed.values as Record<string, unknown>;
  if (values.help) return 'help';
  const count = parsed.positionals.length;
  const { min, max } = spec.positionals;
  if (count < min || (max !== undefined && count > max)) {
    const wanted =
      max === undefined ? `at least ${min}` : min === max ? `${min}` : `${min} to ${max}`;
    throw usageError(
      `expected ${wanted} argument(s) (${spec.arguments}), got ${count}.\nusage: npm run ${spec.name} -- [options] ${spec.arguments}\nSee \`npm run ${spec.name} -- --help\`.`,
    );
  }
  return {
    values: values as CliArgs<O>['values'],
    positionals: parsed.positionals,
    verbose: values.verbose === true,
  };
}

/** The exit code and the message a failure is reported with. */
export function describeFailure(error: unknown, verbose: boolean): { code: number; text: string } {
  if (error instanceof CliError) return { code: error.exitCode, text: error.message };
  if (error instanceof BundleValidationError)
    return { code: EXIT.INVALID_INPUT, text: error.message };
  if (error instanceof StartupError || error instanceof DatabaseUnavailableError) {
    return { code: EXIT.DATABASE_UNREACHABLE, text: error.message };
  }
  const text =
    verbose && error instanceof Error && error.stack
      ? error.stack
      : `${error instanceof Error ? error.message : String(error)}\n(run again with --verbose for the stack trace)`;
  return { code: EXIT.FAILED, text };
}

/**
 * Runs a command: prints its help on --help, parses its arguments, runs main, and exits with
 * main's code (0 when it returns nothing) or the code of the failure it threw.
 */
export function runCli<O extends Options>(
  spec: CliSpec<O>,
  main: (args: CliArgs<O>) => Promise<number | void> | number | void,
  argv: string[] = process.argv.slice(2),
): void {
  const verbose = argv.includes('--verbose');
  const finish = (code: number) => {
    process.exitCode = code;
    // A driver or a child process may keep the event loop alive after main is done.
    setImmediate(() => process.exit(code));
  };
  const fail = (error: unknown) => {
    const { code, text } = describeFailure(error, verbose);
    console.error(text);
    finish(code);
  };
  try {
    const args = parseCommandLine(spec, argv);
    if (args === 'help') {
      console.log(helpText(spec));
      finish(EXIT.OK);
      return;
    }
    Promise.resolve(main(args)).then((code) => finish(code ?? EXIT.OK), fail);
  } catch (error) {
    fail(error);
  }
}

/** The line and column (both 1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where JSON.parse stopped, as a character offset. V8 names the position in most messages but not
 * in "Unexpected token …"; then the longest prefix that is still a valid beginning of JSON is found
 * by bisection, and the offending character is the one after it.
 */
export function jsonErrorOffset(text: string, error: Error): number {
  const named = /at position (\d+)/.exec(error.message);
  if (named) return Number(named[1]);
  if (/end of JSON input/.test(error.message)) return text.length;
  const viable = (length: number): boolean => {
    try {
      JSON.parse(text.slice(0, length));
      return true;
    } catch (e) {
      const message = (e as Error).message;
      const at = /at position (\d+)/.exec(message);
      return /end of JSON input/.test(message) || (at !== null && Number(at[1]) >= length);
    }
  };
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (viable(mid)) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Parses JSON text, failing with `file:line:column: what is wrong`. */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = jsonErrorOffset(text, error as Error);
    const { line, column } = lineAndColumn(text, offset);
    const what = (error as Error).message
      .replace(/ in JSON at position \d+.*$/, '')
      .replace(/, (\.\.\.)?".*" is not valid JSON$/s, '')
      .replace(/^Unexpected end of JSON input$/, 'the file ends before the JSON does');
    throw inputError(`${displayPath(file)}:${line}:${column}: invalid JSON: ${what}`);
  }
}

/** Reads a text file, failing with `file: cannot read it (reason)`. */
export function readTextFile(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a folder'
          : (error as Error).message;
    throw inputError(`${displayPath(file)}: cannot read it (${reason})`);
  }
}

/** Reads and parses a JSON file; both failures are input errors that name the file. */
export function readJsonFile(file: string): unknown {
  return parseJson(readTextFile(file), file);
}

/** A path as the user would type it: relative to the working directory when it is below it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return relative && !relative.startsWith('..') ? relative : file;
}
