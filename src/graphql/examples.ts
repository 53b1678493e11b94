import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

export interface Example {
  /** The user it is for: researcher, fact-checker or analyst. */
  user: string;
  name: string;
  query: string;
}

const EXAMPLES_DIR = path.join(PROJECT_ROOT, 'examples');

/** GraphiQL's tab order: the users as the product names them, any other folder after them. */
const USERS = ['researcher', 'fact-checker', 'analyst'];
const userRank = (user: string) => (USERS.includes(user) ? USERS.indexOf(user) : USERS.length);

/** The ready-made operations under examples/<user>/, which GraphiQL opens as tabs. */
export function loadExamples(): Example[] {
  return fs
    .readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => userRank(a.name) - userRank(b.name) || a.name.localeCompare(b.name))
    .flatMap((d) =>
      fs
        .readdirSync(path.join(EXAMPLES_DIR, d.name))
        .filter((f) => f.endsWith('.graphql'))
        .sort()
        .map((f) => ({
          user: d.name,
          name: f.replace(/\.graphql$/, ''),
          query: fs.readFileSync(path.join(EXAMPLES_DIR, d.name, f), 'utf8'),
        })),
    );
}
