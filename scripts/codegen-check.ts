import fs from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import config, { GENERATED_FILE } from '../codegen';

/**
 * `npm run codegen:check`: regenerates the resolver types in memory and compares them with the
 * committed src/graphql/generated.ts, so a schema.graphql change without `npm run codegen` fails CI
 * (and `npm run typecheck` then shows every resolver the change breaks).
 */
async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const outputs = await generate({ ...config, cwd: root, silent: true }, false);
  const fresh = (outputs as { filename: string; content: string }[]).find(
    (o) => path.resolve(root, o.filename) === path.resolve(root, GENERATED_FILE),
  );
  if (!fresh) throw new Error(`codegen.ts produced no ${GENERATED_FILE}`);
  const committedPath = path.join(root, GENERATED_FILE);
  const committed = fs.existsSync(committedPath) ? fs.readFileSync(committedPath, 'utf8') : '';
  if (committed === fresh.content) {
    console.log(`${GENERATED_FILE} matches schema.graphql`);
    return 0;
  }
  const a = committed.split('\n');
  const b = fresh.content.split('\n');
  let line = 0;
  while (line < Math.max(a.length, b.length) && a[line] === b[line]) line += 1;
  console.error(
    `${GENERATED_FILE} is stale: schema.graphql changed without regenerating. Run \`npm run codegen\` and commit the result.\n` +
      `First difference at line ${line + 1}:\n- ${a[line] ?? '(end of file)'}\n+ ${b[line] ?? '(end of file)'}`,
  );
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
