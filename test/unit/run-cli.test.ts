import {
  CliError,
  describeFailure,
  EXIT,
  helpText,
  jsonErrorOffset,
  parseCommandLine,
  parseJson,
} from '../../src/cli/run-cli';
import { StartupError } from '../../src/errors';

const spec = {
  name: 'demo',
  summary: 'Does a demo.',
  arguments: '<file>',
  positionals: { min: 1, max: 1 },
  options: { out: { type: 'string' }, fast: { type: 'boolean', short: 'f' } },
  optionHelp: { out: 'where to write', fast: 'go fast' },
  examples: ['npm run demo -- a.json'],
} as const;

describe('the shared CLI plumbing', () => {
  it('when JSON is broken anywhere, then the position is the offending character, named or found', () => {
    const cases: [string, number][] = [
      ['{"a":1,}', 7],
      ['{"a":1', 6],
      ['{"a":x}', 5],
      ['{"a":tru}', 8],
      ['[1,2,}', 5],
      ['', 0],
    ];
    for (const [text, offset] of cases) {
      let error: Error | undefined;
      try {
        JSON.parse(text);
      } catch (e) {
        error = e as Error;
      }
      expect({ text, offset: jsonErrorOffset(text, error!) }).toEqual({ text, offset });
    }
  });

  it('when a JSON file is broken, then the error is file:line:column: what, an input error', () => {
    let error: unknown;
    try {
      parseJson('{\n  "a": 1,\n  "b": [1, 2\n}\n', '/nowhere/draft.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(EXIT.INVALID_INPUT);
    expect((error as CliError).message).toBe(
      "/nowhere/draft.json:4:1: invalid JSON: Expected ',' or ']' after array element",
    );
    expect(() => parseJson('{\n  "a": x\n}', 'b.json')).toThrow(
      /^b\.json:2:8: invalid JSON: Unexpected token 'x'$/,
    );
  });

  it('when a failure is unexpected, then only --verbose shows its stack; known failures map to their exit codes', () => {
    const bug = new TypeError('x is not a function');
    expect(describeFailure(bug, false)).toEqual({
      code: EXIT.FAILED,
      text: 'x is not a function\n(run again with --verbose for the stack trace)',
    });
    expect(describeFailure(bug, true).text).toContain('at ');
    expect(describeFailure(new StartupError('Java was not found'), false)).toEqual({
      code: EXIT.DATABASE_UNREACHABLE,
      text: 'Java was not found',
    });
  });

  it('when the command line is parsed, then --help wins, counts are checked and options typed', () => {
    expect(parseCommandLine(spec, ['--help'])).toBe('help');
    expect(parseCommandLine(spec, ['-f', 'a.json', '--out', 'b.json'])).toEqual({
      values: { fast: true, out: 'b.json' },
      positionals: ['a.json'],
      verbose: false,
    });
    expect(() => parseCommandLine(spec, [])).toThrow(/expected 1 argument\(s\) \(<file>\), got 0/);
    const help = helpText(spec);
    expect(help).toContain('usage: npm run demo -- [options] <file>');
    expect(help).toMatch(/--out <out>\s+where to write/);
    expect(help).toMatch(/-f, --fast\s+go fast/);
    expect(help).toContain('Exit codes: 0 done');
  });
});
