import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, settingsTable } from '../config';
import { runCli } from './run-cli';

/** `npm run config`: prints the settings table; `--write-readme` refreshes it in README.md. */
runCli(
  {
    name: 'config',
    summary:
      'Prints every setting of the service (environment variable, default, meaning) as a Markdown table, ' +
      'the one between the settings:start and settings:end markers of README.md.',
    arguments: '',
    positionals: { min: 0, max: 0 },
    options: { 'write-readme': { type: 'boolean' } },
    optionHelp: { 'write-readme': 'replace the table in README.md instead of printing it' },
    examples: ['npm run config', 'npm run config -- --write-readme'],
  },
  ({ values }) => {
    const table = settingsTable();
    if (!values['write-readme']) {
      console.log(table);
      return;
    }
    const readme = path.join(PROJECT_ROOT, 'README.md');
    const text = fs.readFileSync(readme, 'utf8');
    fs.writeFileSync(
      readme,
      text.replace(
        /<!-- settings:start -->[\s\S]*<!-- settings:end -->/,
        `<!-- settings:start -->\n${table}\n<!-- settings:end -->`,
      ),
    );
  },
);
