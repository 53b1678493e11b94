import { badArgument } from '../graphql/errors';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD date that exists on the calendar, or null when the argument was left out. */
export function dateArgument(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const valid =
    ISO_DATE.test(value) &&
    !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!valid) throw badArgument(name, value, 'a calendar date written YYYY-MM-DD');
  return value;
}

export function intArgument(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw badArgument(name, value, `between ${min} and ${max}`);
  return value;
}

/** A search or name text: trimmed, 1 to `max` characters. */
export function textArgument(name: string, value: string, max = 200): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max)
    throw badArgument(name, value, `1 to ${max} characters of text`);
  return trimmed;
}
