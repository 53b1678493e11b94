import type { FuzzyDate } from '../bundle/schema';
import { overlapsAny, type Span } from './paragraphs';

/**
 * Dates as articles write them, mapped to a FuzzyDate: the words verbatim, the interval they can
 * mean and a precision. Conventions (the seed's): early = January to April, mid = May to August,
 * late = September to December. A month without a year ("that October", "in March") takes the
 * year of the nearest date written before it, and says so in `relativeTo`.
 */

export interface DateMention extends Span {
  text: string;
  date: FuzzyDate;
  /** How the interval was completed when the words alone do not give it. */
  relativeTo?: string;
}

export interface FindDatesOptions {
  /** Spans to skip, e.g. page furniture. */
  exclude?: readonly Span[];
  /** The publication date, for weekdays ("on Tuesday") and for months before any year is written. */
  published?: FuzzyDate;
}

export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sept?',
  'oct',
  'nov',
  'dec',
];
const MONTH = `(?:${MONTHS.join('|')}|(?:${MONTH_ABBREVIATIONS.join('|')})\\.?)`;
export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';

type Resolver = (
  m: RegExpExecArray,
  context: Context,
) => { date: FuzzyDate; relativeTo?: string } | undefined;

interface Context {
  /** The year of the nearest date written before this one, and that date's words. */
  previousYear?: { year: number; text: string };
  published?: FuzzyDate;
}

interface Pattern {
  regex: RegExp;
  /** Which capture group holds the date's own words (the rest is a preposition); 0 for all. */
  group: number;
  resolve: Resolver;
}

const PATTERNS: Pattern[] = [
  {
    regex: new RegExp(`\\b(${YEAR})-(\\d\\d)-(\\d\\d)\\b`, 'gi'),
    group: 0,
    resolve: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    regex: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH}),?\\s+(${YEAR})\\b`, 'gi'),
    group: 0,
    resolve: (m) => day(Number(m[3]), monthNumber(m[2]), Number(m[1])),
  },
  {
    regex: new RegExp(`\\b(${MONTH})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(${YEAR})\\b`, 'gi'),
    group: 0,
    resolve: (m) => day(Number(m[3]), monthNumber(m[1]), Number(m[2])),
  },
  {
    regex: new RegExp(`\\b(early|mid|late)[- ](${MONTH}),?\\s+(${YEAR})\\b`, 'gi'),
    group: 0,
    resolve: (m) => partOfMonth(m[1].toLowerCase(), Number(m[3]), monthNumber(m[2])),
  },
  {
    regex: new RegExp(`\\b(${MONTH}),?\\s+(${YEAR})\\b`, 'gi'),
    group: 0,
    resolve: (m) => ({ date: month(Number(m[2]), monthNumber(m[1])) }),
  },
  {
    regex: new RegExp(
      `\\b(early|mid|late|the (?:first|second) half of|the (?:start|beginning|end) of|(?:the )?(?:spring|summer|autumn|fall|winter) (?:of )?)[- ]?(${YEAR})\\b`,
      'gi',
    ),
    group: 0,
    resolve: (m) => partOfYear(m[1].toLowerCase().trim(), Number(m[2])),
  },
  {
    regex: new RegExp(
      `\\b(?:q([1-4])|the (first|second|third|fourth) quarter of)\\s+(${YEAR})\\b`,
      'gi',
    ),
    group: 0,
    resolve: (m) =>
      quarter(
        m[1]
          ? Number(m[1])
          : ['first', 'second', 'third', 'fourth'].indexOf(m[2].toLowerCase()) + 1,
        Number(m[3]),
      ),
  },
  {
    regex: /\bthe (1[89]\d0|20\d0)s\b/gi,
    group: 0,
    resolve: (m) => ({
      date: { precision: 'DECADE', earliest: `${m[1]}-01-01`, latest: `${Number(m[1]) + 9}-12-31` },
    }),
  },
  {
    regex: new RegExp(
      `\\b(early|mid|late|that|this|last|next)[- ](${MONTH})\\b(?![\\s,]+\\d)`,
      'gi',
    ),
    group: 0,
    resolve: (m, context) => bareMonth(m, context, m[2], m[1].toLowerCase()),
  },
  {
    // A bare month needs a preposition before it: "May" alone is usually the verb.
    regex: new RegExp(
      `\\b(?:in|since|by|until|till|from|during|through|before|after|of)\\s+(${MONTH})\\b(?![\\s,]+\\d)`,
      'gi',
    ),
    group: 1,
    resolve: (m, context) => bareMonth(m, context, m[1]),
  },
  {
    regex: new RegExp(
      `\\b(?:in|since|by|until|till|from|during|through|before|after|around|of)\\s+(${YEAR})\\b(?!s)`,
      'gi',
    ),
    group: 1,
    resolve: (m) => year(Number(m[1])),
  },
  {
    regex: new RegExp(
      `\\b(?:(?:on|since|by|until)\\s+)?((?:(?:last|this|next)\\s+)?(${WEEKDAYS.join('|')}))\\b`,
      'gi',
    ),
    group: 1,
    resolve: (m, context) => weekday(WEEKDAYS.indexOf(m[2].toLowerCase()), context),
  },
];

export function findDates(text: string, options: FindDatesOptions = {}): DateMention[] {
  const exclude = options.exclude ?? [];
  const raw: { span: Span; text: string; pattern: Pattern; match: RegExpExecArray }[] = [];
  const taken: Span[] = [];
  for (const pattern of PATTERNS) {
    pattern.regex.lastIndex = 0;
    for (let m = pattern.regex.exec(text); m !== null; m = pattern.regex.exec(text)) {
      const words = m[pattern.group];
      const start = m.index + m[0].indexOf(words);
      const span = { start, end: start + words.length };
      const whole = { start: m.index, end: m.index + m[0].length };
      if (overlapsAny(whole, taken) || overlapsAny(whole, exclude)) continue;
      taken.push(whole);
      raw.push({ span, text: words, pattern, match: m });
    }
  }
  raw.sort((a, b) => a.span.start - b.span.start);

  const mentions: DateMention[] = [];
  let previousYear: Context['previousYear'];
  for (const r of raw) {
    const resolved = r.pattern.resolve(r.match, { previousYear, published: options.published });
    if (resolved === undefined) continue;
    const mention: DateMention = {
      ...r.span,
      text: r.text,
      date: { text: r.text, ...resolved.date },
    };
    if (resolved.relativeTo) mention.relativeTo = resolved.relativeTo;
    mentions.push(mention);
    const y = mention.date.earliest?.slice(0, 4);
    if (y !== undefined && mention.date.precision !== 'DECADE')
      previousYear = { year: Number(y), text: r.text };
  }
  return mentions;
}

/** A date given on the command line: ISO (2025-05-14, 2025-05, 2025) or as an article writes it. */
export function parseDate(value: string): FuzzyDate | undefined {
  const trimmed = value.trim();
  const iso = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(trimmed);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), iso[2] && Number(iso[2]), iso[3] && Number(iso[3])];
    if (d) return day(y, mo as number, d)?.date;
    if (mo) return mo >= 1 && mo <= 12 ? month(y, mo) : undefined;
    return year(y).date;
  }
  const found = findDates(trimmed);
  if (found.length === 1 && found[0].text === trimmed && !found[0].relativeTo) return found[0].date;
  return undefined;
}

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '').slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(key)) + 1;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function day(y: number, m: number, d: number): { date: FuzzyDate } | undefined {
  if (m < 1 || m > 12 || d < 1 || d > lastDay(y, m)) return undefined;
  return { date: { precision: 'DAY', earliest: iso(y, m, d), latest: iso(y, m, d) } };
}

function month(y: number, m: number): FuzzyDate {
  return { precision: 'MONTH', earliest: iso(y, m, 1), latest: iso(y, m, lastDay(y, m)) };
}

function year(y: number): { date: FuzzyDate } {
  return { date: { precision: 'YEAR', earliest: iso(y, 1, 1), latest: iso(y, 12, 31) } };
}

function months(y: number, from: number, to: number): FuzzyDate {
  return { precision: 'YEAR_PART', earliest: iso(y, from, 1), latest: iso(y, to, lastDay(y, to)) };
}

/** Early, mid and late parts of a month: days 1–10, 11–20 and 21 to the end. */
function partOfMonth(part: string, y: number, m: number): { date: FuzzyDate } {
  const [from, to] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, lastDay(y, m)];
  return { date: { precision: 'MONTH', earliest: iso(y, m, from), latest: iso(y, m, to) } };
}

function partOfYear(part: string, y: number): { date: FuzzyDate; relativeTo?: string } {
  const season = part.replace(/^the /, '').replace(/ of$/, '');
  switch (season) {
    case 'early':
    case 'the start of':
    case 'the beginning of':
      return { date: months(y, 1, 4) };
    case 'mid':
      return { date: months(y, 5, 8) };
    case 'late':
    case 'the end of':
      return { date: months(y, 9, 12) };
    case 'the first half of':
      return { date: months(y, 1, 6) };
    case 'the second half of':
      return { date: months(y, 7, 12) };
    case 'spring':
      return { date: months(y, 3, 5) };
    case 'summer':
      return { date: months(y, 6, 8) };
    case 'autumn':
    case 'fall':
      return { date: months(y, 9, 11) };
    default:
      // Winter straddles two years; take the one that ends in this year and say so.
      return {
        date: {
          precision: 'YEAR_PART',
          earliest: iso(y - 1, 12, 1),
          latest: iso(y, 2, lastDay(y, 2)),
        },
        relativeTo: `winter ${y} read as December ${y - 1} to February ${y}; it may mean the winter starting in December ${y}`,
      };
  }
}

function quarter(q: number, y: number): { date: FuzzyDate } {
  return { date: months(y, q * 3 - 2, q * 3) };
}

function bareMonth(
  _m: RegExpExecArray,
  context: Context,
  monthName: string,
  qualifier?: string,
): { date: FuzzyDate; relativeTo?: string } {
  const m = monthNumber(monthName);
  const publishedYear = context.published?.earliest
    ? Number(context.published.earliest.slice(0, 4))
    : undefined;
  let y: number | undefined;
  let relativeTo: string | undefined;
  if (
    (qualifier === 'last' || qualifier === 'next' || qualifier === 'this') &&
    publishedYear !== undefined
  ) {
    const publishedMonth = Number(context.published!.earliest!.slice(5, 7));
    y =
      qualifier === 'last'
        ? m < publishedMonth
          ? publishedYear
          : publishedYear - 1
        : qualifier === 'next'
          ? m > publishedMonth
            ? publishedYear
            : publishedYear + 1
          : publishedYear;
    relativeTo = `the publication date ${context.published!.earliest}`;
  } else if (context.previousYear !== undefined) {
    y = context.previousYear.year;
    relativeTo = `the year of ${JSON.stringify(context.previousYear.text)}, the nearest date written before it`;
  } else if (publishedYear !== undefined) {
    y = publishedYear;
    relativeTo = `the publication date ${context.published!.earliest}`;
  }
  if (y === undefined)
    return {
      date: { precision: 'UNKNOWN' },
      relativeTo: 'no year is written before it and the publication date is unknown',
    };
  if (qualifier === 'early' || qualifier === 'mid' || qualifier === 'late') {
    return { ...partOfMonth(qualifier, y, m), relativeTo };
  }
  return { date: month(y, m), relativeTo };
}

/** "on Tuesday" in a dated article: the latest such weekday on or before the publication date. */
function weekday(dayIndex: number, context: Context): { date: FuzzyDate; relativeTo?: string } {
  const published = context.published;
  if (published?.precision !== 'DAY' || published.earliest === undefined) {
    return {
      date: { precision: 'UNKNOWN' },
      relativeTo: 'a weekday needs the publication date to the day',
    };
  }
  const at = new Date(`${published.earliest}T00:00:00Z`);
  const publishedIndex = (at.getUTCDay() + 6) % 7;
  const back = (publishedIndex - dayIndex + 7) % 7;
  at.setUTCDate(at.getUTCDate() - back);
  const d = at.toISOString().slice(0, 10);
  return {
    date: { precision: 'DAY', earliest: d, latest: d },
    relativeTo: `the publication date ${published.earliest}: the latest ${capitalize(WEEKDAYS[dayIndex])} on or before it`,
  };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
