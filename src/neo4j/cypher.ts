import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

const CYPHER_DIR = path.join(PROJECT_ROOT, 'cypher');

/**
 * The statement as sent: without its comment lines and indentation. Every query travels in full
 * on every call, and the driver writes a message to the socket in 1,400-byte pieces, each its own
 * system call; the comments are for readers of the file, not for Neo4j. (A `//` inside a line is
 * left alone: it may be in a string.)
 */
export function compact(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('//'))
    .join('\n');
}

function readAll(dir: string): Map<string, string> {
  const queries = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cypher')) {
        const name = path
          .relative(dir, full)
          .replace(/\\/g, '/')
          .replace(/\.cypher$/, '');
        queries.set(name, compact(fs.readFileSync(full, 'utf8')));
      }
    }
  };
  walk(dir);
  return queries;
}

/** Every .cypher file under cypher/, read once when this module is first loaded. */
const queries = readAll(CYPHER_DIR);

/** The text of `cypher/<name>.cypher`; an unknown name is a programming error and throws. */
export function cypher(name: string): string {
  const query = queries.get(name);
  if (query === undefined) throw new Error(`No Cypher file cypher/${name}.cypher`);
  return query;
}

/** A file of several statements separated by semicolons at line ends (schema files only); `cypher` has already dropped its comments. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
