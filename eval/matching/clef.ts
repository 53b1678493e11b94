import fs from 'node:fs';
import path from 'node:path';

/** One verified claim of CLEF-2020 CheckThat! Task 2: Snopes' wording of the claim and its headline. */
export interface VerifiedClaim {
  id: string;
  vclaim: string;
  title: string;
}

export interface Tweet {
  id: string;
  text: string;
}

export interface ClefSplit {
  claims: VerifiedClaim[];
  tweets: Tweet[];
  /** Tweet id → the ids of the verified claims that check it. */
  qrels: Map<string, Set<string>>;
}

/**
 * Rows of a tab-separated file whose fields may be double-quoted, with "" for a quote mark and
 * line breaks inside quotes (the verified claims file has both).
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (c === '\t') {
      row.push(field);
      field = '';
      atFieldStart = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
    } else {
      field += c;
      atFieldStart = false;
    }
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function readTable(file: string, columns: string[]): Record<string, string>[] {
  const [header, ...rows] = parseTsv(fs.readFileSync(file, 'utf8'));
  const at = columns.map((name) => {
    const i = header.findIndex((h, k) => h === name || (k === 0 && name === 'id' && h === ''));
    if (i < 0) throw new Error(`${file}: no column "${name}" in the header (${header.join(', ')})`);
    return i;
  });
  return rows
    .filter((r) => r.length >= header.length - 1 && r[at[0]] !== '')
    .map((r) => Object.fromEntries(columns.map((name, k) => [name, r[at[k]] ?? ''])));
}

/** Reads the verified claims and one split (train or dev) of the task's data folder. */
export function readClef(dataDir: string, split: 'train' | 'dev'): ClefSplit {
  const claims = readTable(path.join(dataDir, 'verified_claims.docs.tsv'), [
    'id',
    'vclaim',
    'title',
  ]).map((r) => ({ id: r.id, vclaim: r.vclaim.trim(), title: r.title.trim() }));
  const tweets = readTable(path.join(dataDir, split, 'tweets.queries.tsv'), [
    'id',
    'tweet_content',
  ]).map((r) => ({ id: r.id, text: r.tweet_content }));
  const qrels = new Map<string, Set<string>>();
  for (const line of fs
    .readFileSync(path.join(dataDir, split, 'tweet-vclaim-pairs.qrels'), 'utf8')
    .split('\n')) {
    const [tweet, , claim, relevant] = line.trim().split(/\s+/);
    if (!tweet || relevant === '0') continue;
    if (!qrels.has(tweet)) qrels.set(tweet, new Set());
    qrels.get(tweet)!.add(claim);
  }
  return { claims, tweets, qrels };
}
