/** Ranking measures of the task: MAP@k (the official one), P@1 and MRR, over each query's ranking. */
export interface RankingScores {
  queries: number;
  map: number;
  p1: number;
  mrr: number;
}

/**
 * Average precision of one ranking cut at k, as the task's scorer computes it: the precision at
 * each relevant item found in the top k, summed and divided by the number of relevant items
 * (at most k of them count).
 */
export function averagePrecisionAt(ranked: string[], relevant: Set<string>, k: number): number {
  if (relevant.size === 0) return 0;
  let found = 0;
  let sum = 0;
  const seen = new Set<string>();
  ranked.slice(0, k).forEach((id, i) => {
    if (seen.has(id)) return;
    seen.add(id);
    if (relevant.has(id)) {
      found += 1;
      sum += found / (i + 1);
    }
  });
  return sum / Math.min(relevant.size, k);
}

/** Reciprocal rank of the first relevant item in the whole ranking; 0 when none is ranked. */
export function reciprocalRank(ranked: string[], relevant: Set<string>): number {
  const i = ranked.findIndex((id) => relevant.has(id));
  return i < 0 ? 0 : 1 / (i + 1);
}

/** Scores rankings (query id → ranked ids) against the gold pairs; every gold query counts. */
export function scoreRankings(
  rankings: Map<string, string[]>,
  qrels: Map<string, Set<string>>,
  k = 5,
): RankingScores {
  let map = 0;
  let p1 = 0;
  let mrr = 0;
  for (const [query, relevant] of qrels) {
    const ranked = rankings.get(query) ?? [];
    map += averagePrecisionAt(ranked, relevant, k);
    p1 += ranked.length > 0 && relevant.has(ranked[0]) ? 1 : 0;
    mrr += reciprocalRank(ranked, relevant);
  }
  const n = qrels.size;
  return { queries: n, map: map / n, p1: p1 / n, mrr: mrr / n };
}
