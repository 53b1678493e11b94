import { createHash } from 'node:crypto';
import type { Anchor } from './schema';

/**
 * Anchoring quotes to a source text (W3C Web Annotation TextQuoteSelector + TextPositionSelector).
 * Offsets are 0-based UTF-16 indexes into the JS string, end exclusive; lines and columns in
 * messages are 1-based. Matching is verbatim: quotes, whitespace and typos are never normalized.
 */

/** How many characters of context a new anchor keeps on each side of its quote. */
export const CONTEXT_LENGTH = 32;

/** Picks one of several places where a quote appears. All given fields must hold. */
export interface AnchorHint {
  /** The text just before the quote ends with this. */
  prefix?: string;
  /** The text just after the quote starts with this. */
  suffix?: string;
  /** 1-based: the nth of the places left after prefix and suffix are applied. */
  occurrence?: number;
}

export interface TextPosition {
  start: number;
  line: number;
  column: number;
}

export type AnchorResult =
  | { ok: true; anchor: Anchor }
  | {
      ok: false;
      reason: 'missing' | 'ambiguous';
      message: string;
      /** Ambiguous: the places still in play. Missing: the verbatim matches a hint ruled out, if any. */
      candidates: TextPosition[];
      /** Places that match only once letter case, quote marks or dashes are folded; never used. */
      nearMisses?: TextPosition[];
    };

export interface FurnitureSpan {
  text: string;
  start: number;
  end: number;
}

export function contentHash(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function positionOf(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let nl = text.indexOf('\n'); nl !== -1 && nl < offset; nl = text.indexOf('\n', nl + 1)) {
    line += 1;
    lineStart = nl + 1;
  }
  return { start: offset, line, column: offset - lineStart + 1 };
}

/** Every start offset of `needle` in `haystack`, overlapping matches included. */
export function findAll(haystack: string, needle: string): number[] {
  const starts: number[] = [];
  if (needle.length === 0) return starts;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1))
    starts.push(at);
  return starts;
}

export function anchorQuote(text: string, exact: string, hint: AnchorHint = {}): AnchorResult {
  const quote = preview(exact);
  if (exact.length === 0) {
    return {
      ok: false,
      reason: 'missing',
      message: 'the quote is empty; copy the exact words from the text',
      candidates: [],
    };
  }
  const matches = findAll(text, exact);
  if (matches.length === 0) return missing(text, exact);

  const hinted = matches.filter(
    (start) =>
      (hint.prefix === undefined || text.slice(0, start).endsWith(hint.prefix)) &&
      (hint.suffix === undefined || text.slice(start + exact.length).startsWith(hint.suffix)),
  );
  const all = matches.map((start) => positionOf(text, start));
  if (hinted.length === 0) {
    return {
      ok: false,
      reason: 'missing',
      message: `the quote ${quote} is in the text (at ${listPositions(all)}) but none of those places has ${describeContextHint(hint)}`,
      candidates: all,
    };
  }

  if (hint.occurrence !== undefined) {
    const n = hint.occurrence;
    if (!Number.isInteger(n) || n < 1) {
      return {
        ok: false,
        reason: 'missing',
        message: `hint.occurrence must be a whole number from 1, got ${n}`,
        candidates: all,
      };
    }
    if (n > hinted.length) {
      return {
        ok: false,
        reason: 'missing',
        message: `hint.occurrence asks for place ${n} of the quote ${quote}, but it appears only ${hinted.length} time(s) (at ${listPositions(hinted.map((start) => positionOf(text, start)))})`,
        candidates: all,
      };
    }
    return { ok: true, anchor: anchorAt(text, hinted[n - 1], exact) };
  }

  if (hinted.length > 1) {
    const candidates = hinted.map((start) => positionOf(text, start));
    return {
      ok: false,
      reason: 'ambiguous',
      message: `the quote ${quote} appears ${candidates.length} times, at ${listPositions(candidates)}; add hint.prefix, hint.suffix or hint.occurrence to pick one`,
      candidates,
    };
  }
  return { ok: true, anchor: anchorAt(text, hinted[0], exact) };
}

/** What is wrong with a complete anchor against the text; empty when it holds. */
export function checkAnchor(text: string, anchor: Anchor): string[] {
  const { exact, prefix, suffix, start, end } = anchor;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0) {
    return [`start and end must be whole numbers from 0, got ${start}..${end}`];
  }
  if (start >= end) return [`start (${start}) must be less than end (${end})`];
  if (end > text.length)
    return [`end (${end}) is past the end of the text (${text.length} characters)`];

  const problems: string[] = [];
  const found = text.slice(start, end);
  if (found !== exact) {
    // Line and column cost a scan of the text up to the anchor: only a failing anchor pays it.
    const at = positionOf(text, start);
    const elsewhere = findAll(text, exact).map((s) => positionOf(text, s));
    problems.push(
      `exact ${preview(exact)} is not at ${start}..${end} (line ${at.line}, column ${at.column}); the text there reads ${preview(found)}` +
        (elsewhere.length > 0
          ? `; the quote appears at ${listPositions(elsewhere)} (offsets ${elsewhere.map((p) => p.start).join(', ')})`
          : ''),
    );
  }
  const before = text.slice(Math.max(0, start - prefix.length), start);
  if (before !== prefix) {
    problems.push(
      `prefix ${preview(prefix, 'end')} does not match the text before start, which reads ${preview(before, 'end')}`,
    );
  }
  const after = text.slice(end, end + suffix.length);
  if (after !== suffix) {
    problems.push(
      `suffix ${preview(suffix)} does not match the text after end, which reads ${preview(after)}`,
    );
  }
  return problems;
}

/**
 * Where page furniture stands in the text. A furniture entry counts only where it fills whole
 * lines (starts at a line start, ends at a line end), so the same words inside a sentence of the
 * article are not furniture.
 */
export function furnitureSpans(text: string, furniture: readonly string[]): FurnitureSpan[] {
  const spans: FurnitureSpan[] = [];
  for (const entry of new Set(furniture)) {
    for (const start of findAll(text, entry)) {
      const end = start + entry.length;
      const atLineStart = start === 0 || text[start - 1] === '\n';
      const atLineEnd = end === text.length || text[end] === '\n' || text[end] === '\r';
      if (atLineStart && atLineEnd) spans.push({ text: entry, start, end });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

export function overlaps(
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean {
  return a.start < b.end && b.start < a.end;
}

export function listPositions(positions: readonly TextPosition[]): string {
  return positions.map((p) => `${p.line}:${p.column}`).join(', ');
}

function anchorAt(text: string, start: number, exact: string): Anchor {
  const end = start + exact.length;
  let from = Math.max(0, start - CONTEXT_LENGTH);
  // Never cut a surrogate pair in half: a lone surrogate is not a character anyone can read.
  if (
    from > 0 &&
    isLowSurrogate(text.charCodeAt(from)) &&
    isHighSurrogate(text.charCodeAt(from - 1))
  )
    from += 1;
  let to = Math.min(text.length, end + CONTEXT_LENGTH);
  if (
    to < text.length &&
    isHighSurrogate(text.charCodeAt(to - 1)) &&
    isLowSurrogate(text.charCodeAt(to))
  )
    to -= 1;
  return { exact, prefix: text.slice(from, start), suffix: text.slice(end, to), start, end };
}

function missing(text: string, exact: string): AnchorResult {
  const nearMisses = findAll(foldForNearMiss(text), foldForNearMiss(exact)).map((start) =>
    positionOf(text, start),
  );
  let message = `the quote ${preview(exact)} is not in the text`;
  if (nearMisses.length > 0) {
    const found = text.slice(nearMisses[0].start, nearMisses[0].start + exact.length);
    let k = 0;
    while (found[k] === exact[k]) k += 1;
    message +=
      `; a near miss differing only in letter case, quote marks or dashes is at ${listPositions(nearMisses)}` +
      ` (first difference at character ${k + 1} of the quote: the text has ${JSON.stringify(found[k])} where the quote has ${JSON.stringify(exact[k])});` +
      ` copy the text's own characters if that is the place meant`;
  }
  return { ok: false, reason: 'missing', message, candidates: [], nearMisses };
}

const FOLDED: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2212': '-',
  '\u00A0': ' ',
};

/** Folds one UTF-16 unit at a time so offsets in the folded string are offsets in the original. */
function foldForNearMiss(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i += 1) {
    const unit = s[i];
    const lower = unit.toLowerCase();
    const folded = FOLDED[lower] ?? lower;
    out += folded.length === 1 ? folded : unit;
  }
  return out;
}

function describeContextHint(hint: AnchorHint): string {
  const parts: string[] = [];
  if (hint.prefix !== undefined)
    parts.push(`hint.prefix ${preview(hint.prefix, 'end')} just before it`);
  if (hint.suffix !== undefined) parts.push(`hint.suffix ${preview(hint.suffix)} just after it`);
  return parts.join(' and ');
}

const PREVIEW_LENGTH = 60;

/** A quote for a message, JSON-escaped so that newlines and odd spaces show; long ones are cut. */
function preview(s: string, keep: 'start' | 'end' = 'start'): string {
  if (s.length <= PREVIEW_LENGTH) return JSON.stringify(s);
  return keep === 'start'
    ? `${JSON.stringify(s.slice(0, PREVIEW_LENGTH))}…`
    : `…${JSON.stringify(s.slice(s.length - PREVIEW_LENGTH))}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
