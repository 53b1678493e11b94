/**
 * The plain BM25 baseline the data's README describes, kept apart from the service: k1 1.2,
 * b 0.75, lower-cased letter-and-digit tokens, a 60-word English stop list, claim and headline
 * as one field, the whole tweet as the query. It runs in memory over the same claims.
 */
const STOP = new Set(
  (
    'a an and are as at be but by for if in into is it no not of on or such that the their then ' +
    'there these they this to was will with i me my we our you your he she his her its them what ' +
    'which who whom when where why how all any both each'
  ).split(' '),
);

const tokens = (text: string) =>
  (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((t) => !STOP.has(t));

export class PlainBm25 {
  private readonly postings = new Map<string, [number, number][]>();
  private readonly lengths: number[] = [];
  private readonly average: number;

  constructor(
    private readonly ids: string[],
    texts: string[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    texts.forEach((text, d) => {
      const tf = new Map<string, number>();
      const ts = tokens(text);
      for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
      this.lengths.push(ts.length);
      for (const [t, f] of tf) {
        if (!this.postings.has(t)) this.postings.set(t, []);
        this.postings.get(t)!.push([d, f]);
      }
    });
    this.average = this.lengths.reduce((a, n) => a + n, 0) / Math.max(1, this.lengths.length);
  }

  /** The ids of the best `k` documents, ties broken by id. */
  rank(query: string, k: number): string[] {
    const scores = new Map<number, number>();
    const n = this.lengths.length;
    for (const t of new Set(tokens(query))) {
      const postings = this.postings.get(t);
      if (!postings) continue;
      const idf = Math.log(1 + (n - postings.length + 0.5) / (postings.length + 0.5));
      for (const [d, f] of postings) {
        const norm = this.k1 * (1 - this.b + (this.b * this.lengths[d]) / this.average);
        scores.set(d, (scores.get(d) ?? 0) + (idf * f * (this.k1 + 1)) / (f + norm));
      }
    }
    return [...scores]
      .sort((x, y) => y[1] - x[1] || (this.ids[x[0]] < this.ids[y[0]] ? -1 : 1))
      .slice(0, k)
      .map(([d]) => this.ids[d]);
  }
}
