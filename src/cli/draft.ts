import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { completeAnchors, draftBundleSchema } from '../bundle/draft';
import { zodProblems } from '../bundle/problems';
import { findSeedBundles } from '../bundle/load';
import { validateBundle } from '../bundle/validate';
import { loadConfig } from '../config';
import { parseDate } from '../drafting/dates';
import { draftArticle, slugify } from '../drafting/draft-article';
import {
  knownEntitiesInBundles,
  knownEntitiesInGraph,
  type KnownEntities,
  NO_KNOWN_ENTITIES,
} from '../drafting/known-entities';
import { formatMatches, matchDraftClaims, matchNotes } from '../drafting/claim-matches';
import { formatReview } from '../drafting/review-summary';
import { connectNeo4j, type Neo4jConnection } from '../neo4j/connect';
import {
  type CliArgs,
  type CliOptions,
  type CliSpec,
  displayPath,
  EXIT,
  inputError,
  NEO4J_NOTE,
  runCli,
  usageError,
} from './run-cli';

const SPEC = {
  name: 'draft',
  summary:
    'Proposes a draft bundle for a raw article: page furniture to review, candidate entities matched against ' +
    'known names and aliases, attributed statements with speaker and verb, fuzzy dates. Prints what the ' +
    'curator must review and writes the draft (never over an existing one unless --force).',
  arguments: '<article.txt>',
  positionals: { min: 1, max: 1 },
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
  optionHelp: {
    url: "the article's address (also gives the bundle id when --id is not set)",
    outlet: 'the outlet that published it',
    published: 'publication date: 2025-05-14, 2025-05, 2025 or "14 May 2025"',
    title: 'the headline',
    id: 'the bundle id (lower-case letters, digits, dashes)',
    out: 'where the draft goes (default: draft.json beside the article)',
    match:
      'match entities against the graph, the seed bundles, or none (default: graph when NEO4J_URI is set, else seeds)',
    force: 'overwrite an existing draft',
  },
  examples: [
    'npm run draft -- articles/harbour-fire/article.txt --outlet "The Gazette" --published 2025-05-14',
    'npm run draft -- article.txt --url https://example.org/news/harbour-fire --match graph',
  ],
  notes: [`With --match graph: ${NEO4J_NOTE}`],
} as const satisfies CliSpec<CliOptions>;

/** `npm run draft`: writes a draft bundle for a raw article and prints what the curator must review. */
async function main(cli: CliArgs<typeof SPEC.options>): Promise<number> {
  const args = parse(cli);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      readFileSync(args.article),
    );
  } catch (error) {
    throw inputError(
      `${displayPath(args.article)}: cannot read it as UTF-8 (${(error as Error).message})`,
    );
  }
  const config = loadConfig();
  const match = args.match ?? (config.neo4jUri ? 'graph' : 'seeds');
  let neo4j: Neo4jConnection | undefined;
  try {
    let known: KnownEntities = NO_KNOWN_ENTITIES;
    if (match === 'graph') {
      neo4j = await connectNeo4j(config, { owner: 'npm run draft' });
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
      return EXIT.FAILED;
    }
    const completed = completeAnchors(result.draft, text);
    const validation = 'problems' in completed ? undefined : validateBundle(completed.bundle, text);
    const problems =
      'problems' in completed
        ? completed.problems
        : validation && !validation.ok
          ? validation.problems
          : [];

    // Against the graph, each drafted statement is matched with the stored claims (matchClaims).
    const matches = neo4j ? await matchDraftClaims(neo4j.graph, result.draft.claims ?? []) : [];
    const notes = matchNotes(matches);
    result.draft.curation?.review?.push(...notes);
    result.decisions.push(...notes);

    writeFileSync(args.out, `${JSON.stringify(result.draft, null, 2)}\n`);
    console.log(formatReview(result, { article: args.article, out: args.out, text }));
    console.log(
      neo4j
        ? formatMatches(matches)
        : '\nStored claims: not matched (that needs the graph: --match graph, with NEO4J_URI set)',
    );
    if (problems.length > 0) {
      console.log('\nThe draft does not anchor or validate yet; fix these first:');
      for (const p of problems) console.log(`  ${p.path}: ${p.message}`);
      return EXIT.INVALID_INPUT;
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

/** The options checked and turned into the drafter's inputs; a wrong one is a usage error. */
function parse({ values, positionals }: CliArgs<typeof SPEC.options>): Args {
  const fail = (message: string): never => {
    throw usageError(message);
  };
  const article = resolve(positionals[0]);
  if (!existsSync(article)) throw inputError(`${displayPath(article)}: no such file`);
  const out = resolve(values.out ?? `${dirname(article)}/draft.json`);
  if (existsSync(out) && !values.force)
    return fail(
      `${out} exists: a reviewed draft would be overwritten; pass --out <file> or --force`,
    );
  const match = values.match;
  if (match !== undefined && match !== 'graph' && match !== 'seeds' && match !== 'none') {
    return fail(`--match must be graph, seeds or none, got "${match}"`);
  }
  let published;
  if (values.published !== undefined) {
    published = parseDate(values.published);
    if (!published)
      return fail(
        `--published must be a date such as 2025-05-14, 2025-05, 2025 or "14 May 2025", got "${values.published}"`,
      );
  }
  if (values.url !== undefined && !URL.canParse(values.url))
    return fail(`--url must be an absolute URL, got "${values.url}"`);
  const fromUrl = values.url
    ? slugify(new URL(values.url).pathname.split('/').filter(Boolean).pop() ?? '', 8)
    : undefined;
  const fromFile =
    basename(article).replace(/\.[^.]+$/, '') === 'article'
      ? basename(dirname(article))
      : basename(article).replace(/\.[^.]+$/, '');
  const slug = values.id ?? (fromUrl && fromUrl !== 'x' ? fromUrl : slugify(fromFile, 8));
  if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
    return fail(`--id must be lower-case letters, digits and dashes, got "${slug}"`);
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

runCli(SPEC, main);
