import fs from 'node:fs';
import path from 'node:path';

export interface BundleFile {
  /** The parsed JSON, not yet validated. */
  input: unknown;
  /** The source text named by source.textFile, when the bundle names one. */
  text?: string;
}

/** Reads a bundle and the text file it names (relative to the bundle's folder). */
export function readBundleFile(file: string): BundleFile {
  const input = JSON.parse(fs.readFileSync(file, 'utf8')) as { source?: { textFile?: unknown } };
  const textFile = input?.source?.textFile;
  const text =
    typeof textFile === 'string'
      ? fs.readFileSync(path.resolve(path.dirname(file), textFile), 'utf8')
      : undefined;
  return { input, text };
}

/** Every `bundle.json` one level under a seeds folder, in name order. */
export function findSeedBundles(seedDir: string): string[] {
  if (!fs.existsSync(seedDir)) return [];
  return fs
    .readdirSync(seedDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(seedDir, d.name, 'bundle.json'))
    .filter((f) => fs.existsSync(f))
    .sort();
}
