import { bundleForIngestion } from '../bundle/draft';
import { readBundleFile } from '../bundle/load';
import { BundleValidationError, validateBundle } from '../bundle/validate';

const USAGE = 'usage: npm run validate -- <bundle.json> [more bundles…]';

/**
 * `npm run validate -- <bundle.json>…`: checks bundles offline, with no database, and says which
 * ids each names without declaring them: ingestion will look those up among the stored records.
 */
function main(files: string[]): number {
  if (files.length === 0 || files.some((f) => f.startsWith('--'))) {
    console.error(USAGE);
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const { input, text } = readBundleFile(file);
    let result;
    try {
      result = validateBundle(bundleForIngestion(input, text), text);
    } catch (error) {
      if (!(error instanceof BundleValidationError)) throw error;
      result = { ok: false as const, problems: error.problems };
    }
    if (!result.ok) {
      failed = true;
      console.error(`${file}: invalid`);
      for (const p of result.problems) console.error(`  ${p.path}: ${p.message}`);
      continue;
    }
    console.log(`${file}: valid offline`);
    if (result.stored.length === 0) console.log('  names no stored record');
    else {
      console.log(`  will look up ${result.stored.length} stored id(s) when ingested:`);
      for (const r of result.stored) console.log(`  ${r.path}: ${r.kind} "${r.id}"`);
    }
  }
  return failed ? 1 : 0;
}

process.exit(main(process.argv.slice(2)));
