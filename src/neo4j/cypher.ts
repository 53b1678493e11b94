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

/** The .cypher files under `dir` by name (path without `.cypher`), compacted. */
function readAll(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.cypher')) {
        const name = path
          .relative(dir, full)
          .replace(/\\/g, '/')
          .replace(/\.cypher$/, '');
        files.set(name, compact(fs.readFileSync(full, 'utf8')));
      }
    }
  };
  walk(dir);
  return files;
}

/**
 * An include: a map projection `v {…}` or a subquery `CALL (v) {…}` whose braces hold nothing but
 * the block comment `include fragments/<name>`. That is where a shape shared by several queries
 * goes, and the file stays valid Cypher for Neo4j Browser, where an empty projection is just empty.
 */
const INCLUDE = /(\w+)(\)?)\s*\{\/\*\s*include\s+(fragments\/[\w/-]+)\s*\*\/\}/g;
/** A fragment: one map projection `subject { … }` or one subquery `CALL (subject) { … }`. */
const FRAGMENT = /^(?:CALL\s*\()?(\w+)\)?\s*\{([\s\S]*)\}$/;

/**
 * Replaces every include in `text` with its fragment's body, the fragment's subject variable
 * renamed to the including query's variable. Fragments may include fragments; a missing one, or
 * one that is not a single projection or subquery, throws when the files are read at start-up.
 */
export function expandIncludes(
  text: string,
  files: Map<string, string>,
  seen: string[] = [],
): string {
  return text.replace(INCLUDE, (_, variable: string, paren: string, name: string) => {
    if (seen.includes(name)) throw new Error(`cypher/${name}.cypher includes itself`);
    const fragment = files.get(name);
    if (fragment === undefined) throw new Error(`No Cypher fragment cypher/${name}.cypher`);
    const parsed = FRAGMENT.exec(expandIncludes(fragment, files, [...seen, name]));
    if (!parsed) throw new Error(`cypher/${name}.cypher is not one projection or one subquery`);
    const [, subject, body] = parsed;
    return `${variable}${paren} {${body.replace(new RegExp(`\\b${subject}\\b`, 'g'), variable)}}`;
  });
}

/** Every query under cypher/ with its includes expanded, read once when this module is first loaded; fragments are not queries. */
const queries = (() => {
  const files = readAll(CYPHER_DIR);
  const expanded = new Map<string, string>();
  for (const [name, text] of files)
    if (!name.startsWith('fragments/')) expanded.set(name, expandIncludes(text, files));
  return expanded;
})();

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
