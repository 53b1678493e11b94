import fs from 'node:fs';
import path from 'node:path';

// A guard against import cycles in src/ (issue 15 found validate.ts ↔ draft.ts). A plain walk of
// the relative imports: eslint-plugin-import-x's no-cycle would do the same with a resolver and a
// new dependency, and re-parse the tree on every lint.
const SRC = path.join(__dirname, '../../src');

/** Every .ts/.js module under src/, by path. */
function modules(): string[] {
  return fs
    .readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(SRC, f));
}

/** What `file` imports or re-exports, as written, type-only imports included. */
function specifiersOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']*)'/gms)].map((m) => m[1]);
}

/** The modules `file` imports or re-exports by a relative path. */
function importsOf(file: string): string[] {
  const specifiers = specifiersOf(file).filter((s) => s.startsWith('.'));
  return specifiers.flatMap((s) => {
    const base = path.resolve(path.dirname(file), s);
    const found = [base, `${base}.ts`, `${base}.js`, path.join(base, 'index.ts')].find(
      (candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile(),
    );
    return found ? [found] : [];
  });
}

/** The first import cycle found, as the chain of files from src/, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('imports in src/', () => {
  it('when two modules import each other, then the walk finds the cycle', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['b']],
    ]);
    expect(findCycle(graph)).toEqual(['b', 'c', 'b']);
    expect(
      findCycle(
        new Map([
          ['a', ['b']],
          ['b', []],
        ]),
      ),
    ).toBeNull();
  });

  it('when every module under src/ is read, then the relative imports are found and none forms a cycle', () => {
    const graph = new Map(modules().map((m) => [m, importsOf(m)]));
    // The walk sees the imports at all: validation imports the problems module.
    expect(graph.get(path.join(SRC, 'bundle/validate.ts'))).toContain(
      path.join(SRC, 'bundle/problems.ts'),
    );
    const cycle = findCycle(graph);
    expect(cycle?.map((f) => path.relative(SRC, f))).toBeUndefined();
  });

  it('when the write path and what it imports are read, then none of it imports graphql', () => {
    // Issue 15: nothing below the resolvers knows GraphQL; the edge (src/resolvers/mutation.ts)
    // translates the use cases' domain errors.
    const graph = new Map(modules().map((m) => [m, importsOf(m)]));
    const reached = new Set<string>();
    const walk = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      for (const next of graph.get(file) ?? []) walk(next);
    };
    for (const dir of ['mutations', 'domain', 'ingest', 'repositories', 'bundle'])
      for (const file of modules()) if (file.startsWith(path.join(SRC, dir, path.sep))) walk(file);
    expect(reached.has(path.join(SRC, 'mutations/add-claim.ts'))).toBe(true);
    const importingGraphql = [...reached]
      .filter((f) => specifiersOf(f).some((s) => s === 'graphql' || s.startsWith('graphql-yoga')))
      .map((f) => path.relative(SRC, f));
    expect(importingGraphql).toEqual([]);
  });
});
