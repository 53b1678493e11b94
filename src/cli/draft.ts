import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { completeAnchors, draftBundleSchema, zodProblems } from '../bundle/draft';
import { findSeedBundles } from '../bundle/load';
import { validateBundle } from '../bundle/validate';
import { loadConfig } from '../config';
import { failureReport } from '../errors';
import { parseDate } from '../drafting/dates';
import { draftArticle, slugify } from '../drafting/draft-article';
import {
  knownEntitiesInBundles,
  knownEntitiesInGraph,
  type KnownEntities,
  NO_KNOWN_ENTITIES,
} from '../drafting/known-entities';
import { formatReview } from '../drafting/review-summary';
import { connectNeo4j, type Neo4jConnection } from '../neo4j/connect';

const USAGE =
  'usage: npm run draft -- <article.txt> [--url <url>] [--outlet <name>] [--published <date>] [--title <headline>] ' +
  '[--id <slug>] [--out <draft.json>] [--match graph|seeds|none] [--force]';

/** `npm run draft`: writes a draft bundle for a raw article and prints what the curator must review. */
async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
    readFileSync(args.article),
  );
  const config = loadConfig();
  const match = args.match ?? (config.neo4jUri ? 'graph' : 'seeds');
  let neo4j: Neo4jConnection | undefined;
  try {
    let known: KnownEntities = NO_KNOWN_ENTITIES;
    if (match === 'graph') {
      neo4j = await connectNeo4j(config);
      known = knownEntitiesInGraph(neo4j.graph);
    } else if (match === 'seeds') {
      known = knownEntitiesInBundles(
        findSeedBundles(config.seedDir),
        `the curated bundles under ${relative(process.cwd(), config.seedDir) || '.'}`,
      );
    }

    const result = await draftArticle(text, {
      slug: args.slug,
      textFile: relative(dirname(args.out), args.article).split('\\').join('/'),
      url: args.url,
      title: args.title,
      outlet: args.outlet,
      published: args.published,
      known,
    });

    // The draft must hold before anything is written: its shape, its anchors, its references.
    const shape = draftBundleSchema.safeParse(result.draft);
    if (!shape.success) {
      for (const p of zodProblems(shape.error)) console.error(`draft ${p.path}: ${p.message}`);
      return 1;
    }
    const completed = completeAnchors(result.draft, text);
    const validation = 'problems' in completed ? undefined : validateBundle(completed.bundle, text);
    const problems =
      'problems' in completed
        ? completed.problems
        : validation && !validation.ok
          ? validation.problems
          : [];

    writeFileSync(args.out, `${JSON.stringify(result.draft, null, 2)}\n`);
    console.log(formatReview(result, { article: args.article, out: args.out, text }));
    if (problems.length > 0) {
      console.log('\nThe draft does not anchor or validate yet; fix these first:');
      for (const p of problems) console.log(`  ${p.path}: ${p.message}`);
      return 1;
    }
    console.log(
      `\nNext: review ${relative(process.cwd(), args.out)}, then \`npm run anchor -- ${relative(process.cwd(), args.out)}\` and \`npm run ingest -- ${relative(process.cwd(), args.out)}\`.`,
    );
    return 0;
  } finally {
    await neo4j?.close();
  }
}

interface Args {
  article: string;
  out: string;
  slug: string;
  url?: string;
  title?: string;
  outlet?: string;
  published?: ReturnType<typeof parseDate>;
  match?: 'graph' | 'seeds' | 'none';
}

function parse(argv: string[]): Args | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        outlet: { type: 'string' },
        published: { type: 'string' },
        title: { type: 'string' },
        id: { type: 'string' },
        out: { type: 'string' },
        match: { type: 'string' },
        force: { type: 'boolean' },
      },
    });
  } catch (error) {
    return `${(error as Error).message}\n${USAGE}`;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1)
    return `expected one article file, got ${positionals.length}\n${USAGE}`;
  const article = resolve(positionals[0]);
  if (!existsSync(article)) return `${article}: no such file\n${USAGE}`;
  const out = resolve(values.out ?? `${dirname(article)}/draft.json`);
  if (existsSync(out) && !values.force)
    return `${out} exists: a reviewed draft would be overwritten; pass --out <file> or --force`;
  const match = values.match;
  if (match !== undefined && match !== 'graph' && match !== 'seeds' && match !== 'none') {
    return `--match must be graph, seeds or none, got "${match}"`;
  }
  let published;
  if (values.published !== undefined) {
    published = parseDate(values.published);
    if (!published)
      return `--published must be a date such as 2025-05-14, 2025-05, 2025 or "14 May 2025", got "${values.published}"`;
  }
  if (values.url !== undefined && !URL.canParse(values.url))
    return `--url must be an absolute URL, got "${values.url}"`;
  const fromUrl = values.url
    ? slugify(new URL(values.url).pathname.split('/').filter(Boolean).pop() ?? '', 8)
    : undefined;
  const fromFile =
    basename(article).replace(/\.[^.]+$/, '') === 'article'
      ? basename(dirname(article))
      : basename(article).replace(/\.[^.]+$/, '');
  const slug = values.id ?? (fromUrl && fromUrl !== 'x' ? fromUrl : slugify(fromFile, 8));
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
    return `--id must be lower-case letters, digits and dashes, got "${slug}"`;
  return {
    article,
    out,
    slug,
    url: values.url,
    title: values.title,
    outlet: values.outlet,
    published,
    match,
  };
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(failureReport(error));
    process.exitCode = 1;
  },
);
