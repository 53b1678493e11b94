import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, settingsTable } from '../config';

/** `npm run config`: prints the settings table; `--write-readme` refreshes it in README.md. */
const table = settingsTable();
if (process.argv.includes('--write-readme')) {
  const readme = path.join(PROJECT_ROOT, 'README.md');
  const text = fs.readFileSync(readme, 'utf8');
  fs.writeFileSync(
    readme,
    text.replace(
      /<!-- settings:start -->[\s\S]*<!-- settings:end -->/,
      `<!-- settings:start -->\n${table}\n<!-- settings:end -->`,
    ),
  );
} else {
  console.log(table);
}
