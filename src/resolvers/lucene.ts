const SPECIAL = /[+\-!(){}[\]^"~*?:\\/]|&&|\|\|/g;

/** Makes user text a literal Lucene query: every operator character is escaped, words stay OR-ed. */
export function escapeLucene(text: string): string {
  return text
    .replace(SPECIAL, (m) =>
      m
        .split('')
        .map((c) => `\\${c}`)
        .join(''),
    )
    .replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase());
}
