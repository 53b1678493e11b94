import type { DatePrecision } from './bundle/schema';

/**
 * A fuzzy date (docs/model.md): the text as written, the interval it stands for and its
 * precision. A node stores it as four properties named after what the date is of:
 * `<prefix>Text`, `<prefix>Earliest`, `<prefix>Latest`, `<prefix>Precision`. This module is the
 * one place that knows those names; everything else encodes and decodes through it.
 */
export interface FuzzyDate {
  text: string | null;
  earliest: string | null;
  latest: string | null;
  precision: DatePrecision;
}

/** What a date is of: a claim's period, when something was said or published, a role, an event. */
export type DatePrefix = 'applies' | 'said' | 'published' | 'period' | 'date' | 'previousApplies';

/** The four stored properties of one fuzzy date, as a record read from Neo4j may hold them. */
export type StoredDate<P extends DatePrefix> = {
  [K in `${P}Text` | `${P}Earliest` | `${P}Latest`]?: string | null;
} & { [K in `${P}Precision`]?: string | null };

/** The four properties to store for `date` (all null when there is none), for a write's parameters. */
export function encodeDate<P extends DatePrefix>(
  prefix: P,
  date: Partial<FuzzyDate> | null | undefined,
): Required<StoredDate<P>> {
  return {
    [`${prefix}Text`]: date?.text ?? null,
    [`${prefix}Earliest`]: date?.earliest ?? null,
    [`${prefix}Latest`]: date?.latest ?? null,
    [`${prefix}Precision`]: date?.precision ?? null,
  } as Required<StoredDate<P>>;
}

/** The names of the four stored properties under `prefix`, in the order `encodeDate` gives them. */
export function dateProperties<P extends DatePrefix>(prefix: P): (keyof StoredDate<P>)[] {
  return Object.keys(encodeDate(prefix, null)) as (keyof StoredDate<P>)[];
}

/** The fuzzy date stored on `record` under `prefix`, or null when it has none (no precision). */
export function decodeDate<P extends DatePrefix>(
  record: StoredDate<P>,
  prefix: P,
): FuzzyDate | null {
  const stored = record as Record<string, string | null | undefined>;
  const precision = stored[`${prefix}Precision`];
  if (!precision) return null;
  return {
    text: stored[`${prefix}Text`] ?? null,
    earliest: stored[`${prefix}Earliest`] ?? null,
    latest: stored[`${prefix}Latest`] ?? null,
    precision: precision as DatePrecision,
  };
}

/**
 * The four properties of the date stored on `record` under `from`, copied as they are (a null
 * stays null, a date without a precision keeps its text) and named under `to`: a correction
 * keeps a claim's `applies` date as `previousApplies`.
 */
export function copyDate<F extends DatePrefix, T extends DatePrefix = F>(
  record: StoredDate<F>,
  from: F,
  to?: T,
): Required<StoredDate<T>> {
  const stored = record as Record<string, string | null | undefined>;
  return encodeDate((to ?? from) as T, {
    text: stored[`${from}Text`] ?? null,
    earliest: stored[`${from}Earliest`] ?? null,
    latest: stored[`${from}Latest`] ?? null,
    precision: (stored[`${from}Precision`] ?? null) as DatePrecision,
  });
}

/** A date that is not known: what a timeline item or an event without a date shows. */
export const UNKNOWN_DATE: FuzzyDate = {
  text: null,
  earliest: null,
  latest: null,
  precision: 'UNKNOWN',
};
