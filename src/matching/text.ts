/**
 * The words of a statement as the matcher compares them: a tweet's furniture cut, hashtags split,
 * lower-cased, stop words dropped and a light suffix stemmer applied. Written to agree closely
 * enough with Lucene's English analyzer (which chooses the candidates) that the re-ranking's
 * word overlaps count the same words the index matched.
 */

/** Lucene's English stop set plus the commonest function words of tweets. */
const STOP = new Set(
  (
    'a an and are as at be but by for if in into is it no not of on or such that the their then there ' +
    'these they this to was will with i me my we our you your he him his she her its them what which who ' +
    'whom when where why how all any both each few more most other some than too very can just do does ' +
    'did done has have had having am been being were would should could so up out about over again ' +
    'via amp rt s t'
  ).split(' '),
);

/** Words that deny or negate a claim; "n't" is read as "not" before they are looked for. */
export const NEGATIONS = new Set([
  'not',
  'no',
  'never',
  'false',
  'fake',
  'hoax',
  'untrue',
  'deny',
  'denies',
  'denied',
  'denying',
  'debunked',
  'refuted',
  'myth',
]);

/**
 * Cuts what a pasted tweet carries besides words: links and pic.twitter.com references, and turns
 * @handles and #hashtags into their words ("@realDonaldTrump" → "real Donald Trump"). The trailing
 * "— Name (@handle) Month d, yyyy" stays: the author's name often names the claim's speaker, and
 * cutting it cost 0.8 points of MAP@5 on CLEF train (docs/matching.md).
 */
export function cleanStatement(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\bpic\.twitter\.com\/\S+/g, ' ')
    .replace(/[@#](\w+)/g, (_, tag: string) => ` ${splitCamel(tag)} `)
    .replace(/\s+/g, ' ')
    .trim();
}

function splitCamel(tag: string): string {
  return tag.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ');
}

/** Lower-cased letter-and-digit runs, apostrophes folded ("don't" → "dont", "Obama's" → "obama"). */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .replace(/['’]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** A light English stemmer: plurals, -ing, -ed, -ly and a few derivational endings. */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('es') && /(x|ch|sh|ss|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    w = w.slice(0, -1);
  for (const [suffix, min] of [
    ['ingly', 4],
    ['edly', 4],
    ['ing', 3],
    ['ed', 3],
    ['ly', 4],
    ['ation', 4],
    ['ment', 4],
    ['ness', 4],
  ] as const) {
    if (w.endsWith(suffix) && w.length - suffix.length >= min) {
      w = w.slice(0, -suffix.length);
      if (/([^aeiouslz])\1$/.test(w)) w = w.slice(0, -1);
      break;
    }
  }
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  return w;
}

/** The stemmed content words of a text, in order, stop words dropped. */
export function terms(text: string): string[] {
  return words(text)
    .filter((w) => !STOP.has(w))
    .map(stem);
}
