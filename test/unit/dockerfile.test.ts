import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config';

describe('the production image', () => {
  const dockerfile = fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');

  it('when built, then a build stage compiles src/ and the image runs dist/main.js with node, not tsx', () => {
    expect(dockerfile).toMatch(/^FROM \S+ AS build$/m);
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist \.\/dist$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "dist\/main\.js"\]$/m);
    expect(dockerfile).not.toContain('tsx');
  });

  it('when the compiled service starts, then every file it reads from the project root is in the image', () => {
    // What src/ reads through PROJECT_ROOT at run time (schema, queries, seeds, examples, explorer).
    for (const needed of ['schema.graphql', 'cypher', 'seeds', 'examples'])
      expect(dockerfile).toMatch(new RegExp(`^COPY ${needed} `, 'm'));
    for (const asset of ['page.html', 'explorer.js', 'explorer.css'])
      expect(dockerfile).toContain(`src/explorer/${asset}`);
  });
});
