/**
 * The layout of an article text as drafting sees it: lines, blocks of lines between blank lines,
 * and sentences. Every piece keeps its 0-based offsets into the text, end exclusive, so that
 * whatever drafting proposes can be anchored verbatim.
 */

export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  /** 1-based line number. */
  number: number;
  /** The line without its line break, as written. */
  text: string;
}

/** Consecutive non-blank lines; the text's paragraphs, headings and furniture all come as blocks. */
export interface Block extends Span {
  lines: Line[];
}

export interface Sentence extends Span {
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let number = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const withoutCr = end > start && text[end - 1] === '\r' ? end - 1 : end;
    lines.push({ start, end: withoutCr, number, text: text.slice(start, withoutCr) });
    if (nl === -1) return lines;
    start = nl + 1;
    number += 1;
  }
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

export function splitBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length > 0)
      blocks.push({
        start: current[0].start,
        end: current[current.length - 1].end,
        lines: current,
      });
    current = [];
  };
  for (const line of lines) {
    if (isBlank(line)) flush();
    else current.push(line);
  }
  flush();
  return blocks;
}

/** Words before a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'jr',
  'sr',
  'inc',
  'corp',
  'ltd',
  'co',
  'vs',
  'etc',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'e.u',
  'u.n',
]);

const OPENING_QUOTES = new Set(['“', '‘', '«']);
const CLOSING_QUOTES = new Set(['”', '»']);

/**
 * Sentences of one span of the text. A full stop, question or exclamation mark ends a sentence
 * when a space and a capital, digit or opening quote follow, except after an abbreviation or an
 * initial, and never inside a quotation: a quote of two sentences stays in the sentence that
 * carries it.
 */
export function splitSentences(text: string, span: Span): Sentence[] {
  const sentences: Sentence[] = [];
  let start = span.start;
  let depth = 0;
  let straightOpen = false;
  const push = (end: number) => {
    const trimmed = trimSpan(text, { start, end });
    if (trimmed.end > trimmed.start)
      sentences.push({ ...trimmed, text: text.slice(trimmed.start, trimmed.end) });
  };
  for (let i = span.start; i < span.end; i += 1) {
    const ch = text[i];
    if (OPENING_QUOTES.has(ch)) depth += 1;
    else if (CLOSING_QUOTES.has(ch)) depth = Math.max(0, depth - 1);
    else if (ch === '"') straightOpen = !straightOpen;
    if (!'.!?'.includes(ch)) continue;

    let end = i + 1;
    while (end < span.end && /[”"’')\]»]/.test(text[end])) {
      if (text[end] === '”' || text[end] === '»') depth = Math.max(0, depth - 1);
      if (text[end] === '"') straightOpen = false;
      end += 1;
    }
    if (depth > 0 || straightOpen) continue;
    if (end < span.end && !/\s/.test(text[end])) continue;
    let next = end;
    while (next < span.end && /\s/.test(text[next])) next += 1;
    if (next < span.end && !/[\p{Lu}\p{N}“"‘«(]/u.test(text[next])) continue;
    if (ch === '.' && endsWithAbbreviation(text, span.start, i)) continue;
    push(end);
    start = next;
    i = next - 1;
  }
  push(span.end);
  return sentences;
}

function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  const before = text.slice(from, dot);
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start += 1;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return { start, end };
}

export function overlapsAny(span: Span, spans: readonly Span[]): boolean {
  return spans.some((s) => span.start < s.end && s.start < span.end);
}

export function within(span: Span, outer: Span): boolean {
  return span.start >= outer.start && span.end <= outer.end;
}
