import fs from 'node:fs';
import path from 'node:path';

/**
 * CSV files for `neo4j-admin database import`: a header line with typed columns (`id:ID(Claim)`,
 * `depth:long`, `aliases:string[]`, `:START_ID(Claim)`), then rows. Every string is quoted, with
 * quotes doubled, and may span lines (the import runs with --multiline-fields); a missing value
 * is an empty unquoted field, which the importer leaves unset, as a null SET leaves it in Cypher.
 * Array elements are separated by U+001F (--array-delimiter), a character no text here carries.
 */
export const ARRAY_DELIMITER = '\u001f';

export type Cell = string | number | boolean | string[] | null | undefined;

const quote = (s: string) => (s.includes('"') ? `"${s.replace(/"/g, '""')}"` : `"${s}"`);

function cell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : quote(value.join(ARRAY_DELIMITER));
  if (typeof value === 'string') return quote(value);
  return String(value);
}

/** One CSV file written through a buffer; rows are arrays in header order. */
export class CsvFile {
  private readonly fd: number;
  private buffer: string[] = [];
  private size = 0;
  rows = 0;

  constructor(
    readonly file: string,
    header: string[],
  ) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    this.fd = fs.openSync(file, 'w');
    this.push(header.join(','));
  }

  row(values: Cell[]): void {
    this.rows += 1;
    // Built in one string rather than mapped and joined: the import writes tens of millions of
    // rows, and the intermediate arrays were a good part of its garbage.
    let line = cell(values[0]);
    for (let i = 1; i < values.length; i++) line += ',' + cell(values[i]);
    this.push(line);
  }

  /** A row of two strings, a relationship's ends: the commonest row of an import. */
  pair(from: string, to: string): void {
    this.rows += 1;
    this.push(quote(from) + ',' + quote(to));
  }

  private push(line: string) {
    this.buffer.push(line);
    this.size += line.length;
    if (this.size > 1 << 20) this.flush();
  }

  private flush() {
    if (this.buffer.length === 0) return;
    fs.writeSync(this.fd, this.buffer.join('\n') + '\n');
    this.buffer = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    fs.closeSync(this.fd);
  }
}
