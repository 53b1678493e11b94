import { FurnitureSpan, furnitureSpans, overlaps } from '../bundle/anchor';

/**
 * The domain's rules, each written once over plain records and used by bundle validation
 * (src/bundle/validate.ts), the write API (src/mutations/) and drafting (src/bundle/draft.ts).
 * Each returns the problem in words, or undefined when the rule holds; callers add the path.
 */

export interface DateInterval {
  earliest?: string | null;
  latest?: string | null;
  precision: string;
}

/** A fuzzy date's interval must not be inverted, and a known precision needs both ends. */
export function dateProblems(date: DateInterval): string[] {
  const problems: string[] = [];
  if (date.earliest && date.latest && date.earliest > date.latest)
    problems.push(
      `inverted date interval: earliest ${date.earliest} is after latest ${date.latest}`,
    );
  if (date.precision !== 'UNKNOWN' && (!date.earliest || !date.latest))
    problems.push(
      `a date with precision ${date.precision} needs both earliest and latest; use UNKNOWN when they are not known`,
    );
  return problems;
}

export interface Rating {
  ratingValue: number;
  bestRating: number;
  worstRating: number;
}

/** A review's rating lies between its worst and best values, whichever way round they run. */
export function ratingProblem({ ratingValue, bestRating, worstRating }: Rating) {
  if (![ratingValue, bestRating, worstRating].every(Number.isFinite))
    return 'ratings must be finite numbers';
  const [low, high] = [Math.min(bestRating, worstRating), Math.max(bestRating, worstRating)];
  if (ratingValue < low || ratingValue > high)
    return `${ratingValue} is outside ${worstRating}..${bestRating}`;
  return undefined;
}

/** A claim neither disputes nor supports itself. */
export function selfRelationProblem(kind: 'DISPUTES' | 'SUPPORTS', from: string, to: string) {
  return from === to
    ? `a claim cannot ${kind === 'DISPUTES' ? 'dispute' : 'support'} itself`
    : undefined;
}

/** A publication is carried by an outlet. */
export function reporterProblem(id: string, kind: string) {
  return kind === 'OUTLET'
    ? undefined
    : `"${id}" is a ${kind}, but a publication is reported by an OUTLET`;
}

/** A reporting chain relays one claim: a hop relays a hop of the same claim. */
export function relayProblem(relayedId: string, relayedClaim: string, claim: string) {
  return relayedClaim === claim
    ? undefined
    : `"${relayedId}" is an occurrence of another claim; a reporting chain relays one claim`;
}

/**
 * Page furniture counts only where it fills whole lines (`furnitureSpans`), so the same words
 * inside a sentence of the article may still be quoted.
 */
export function furnitureOf(text: string, furniture: readonly string[]): FurnitureSpan[] {
  return furnitureSpans(text, furniture);
}

/** A quote is never taken from page furniture: it is not a claim of the source. */
export function furnitureProblem(
  furniture: readonly FurnitureSpan[],
  quote: { start: number; end: number },
) {
  return furniture.some((f) => overlaps(f, quote))
    ? 'the quote falls inside page furniture, which is not a claim of the source'
    : undefined;
}

/** A claim restated by id keeps its stored words; changing them is a correction. */
export function restatedClaimProblem(id: string, stored: string, restated: string) {
  return stored === restated
    ? undefined
    : `claim "${id}" is stored with the text ${JSON.stringify(stored)}, but this restates it as ${JSON.stringify(restated)}; use its id without restating it, or correct it with recordCorrection`;
}
