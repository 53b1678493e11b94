import type { DatePrecision } from '../graphql/generated';

/** Reads the four stored properties of a fuzzy date (`<prefix>Text`, `…Earliest`, `…Latest`, `…Precision`). */
export function fuzzyDate(record: Record<string, unknown>, prefix: string) {
  const precision = record[`${prefix}Precision`] as DatePrecision | null | undefined;
  if (!precision) return null;
  return {
    text: (record[`${prefix}Text`] as string | null) ?? null,
    earliest: (record[`${prefix}Earliest`] as string | null) ?? null,
    latest: (record[`${prefix}Latest`] as string | null) ?? null,
    precision,
  };
}
