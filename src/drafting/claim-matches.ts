import type { Match } from '../matching/match-claims';
import type { Graph } from '../neo4j/graph';
import { createRepositories } from '../repositories';
import { matchClaims } from '../resolvers/matching';
import type { ReviewNote } from './draft-article';

/**
 * Coverage (share of a stored claim's content words the statement has) from which the top match
 * is proposed as the same claim: on CLEF-2020 Task 2 train, matched by words and meaning, the
 * cut with the best balanced accuracy between right matches and each tweet's best wrong one
 * (0.663: 63% of right matches above, 70% of wrong ones below; docs/matching.md). A weak
 * separation: the curator decides.
 */
export const SAME_CLAIM_COVERAGE = 0.35;
/** On CLEF train nine in ten right matches have at least this coverage; below it, a new claim. */
export const RELATED_COVERAGE = 0.2;

/** What the draft proposes to do with a drafted statement, given the stored claims it matches. */
export type MatchDecision = 'same claim' | 'disputes' | 'supports or new claim' | 'new claim';

export interface DraftClaimMatches {
  draftClaimId: string;
  decision: MatchDecision;
  /** The stored claim the decision is about; none for a new claim. */
  storedClaimId?: string;
  matches: Match[];
}

/**
 * The decision for a statement from its top match: the same claim or a dispute of it above
 * SAME_CLAIM_COVERAGE (by the proposed stance), a related claim the statement may support
 * between the two thresholds, and a new claim below.
 */
export function decide(top: Match | undefined): MatchDecision {
  if (!top || top.coverage < RELATED_COVERAGE) return 'new claim';
  if (top.stance === 'DISPUTE_CANDIDATE') return 'disputes';
  return top.coverage >= SAME_CLAIM_COVERAGE ? 'same claim' : 'supports or new claim';
}

/** Matches every drafted claim's text against the stored claims, three matches each. */
export async function matchDraftClaims(
  graph: Graph,
  claims: { id: string; text: string }[],
): Promise<DraftClaimMatches[]> {
  const out: DraftClaimMatches[] = [];
  for (const claim of claims) {
    const matches = await matchClaims(createRepositories(graph), {
      text: claim.text.slice(0, 5000),
      first: 3,
    });
    const decision = decide(matches[0]);
    out.push({
      draftClaimId: claim.id,
      decision,
      ...(decision === 'new claim' ? {} : { storedClaimId: matches[0].claimId }),
      matches,
    });
  }
  return out;
}

/** A review note per drafted claim that matched: what to do, naming the stored claim's id. */
export function matchNotes(results: DraftClaimMatches[]): ReviewNote[] {
  const advice: Record<MatchDecision, (id: string) => string> = {
    'same claim': (id) =>
      `use the stored claim ${id}: point this occurrence's "claim" at it and drop the drafted claim`,
    disputes: (id) => `keep the drafted claim and add a relation {kind: "DISPUTES", to: "${id}"}`,
    'supports or new claim': (id) =>
      `related to the stored claim ${id}: a new claim, perhaps with {kind: "SUPPORTS", to: "${id}"}`,
    'new claim': () => 'no stored claim matches',
  };
  return results
    .filter((r) => r.decision !== 'new claim')
    .map((r) => {
      const top = r.matches[0];
      return {
        about: r.draftClaimId,
        decide: true,
        message: `${r.decision}: ${advice[r.decision](r.storedClaimId!)} (score ${top.score.toFixed(2)}, coverage ${top.coverage.toFixed(2)})`,
      };
    });
}

/** The draft's section on stored matches, as the curator reads it after `npm run draft`. */
export function formatMatches(results: DraftClaimMatches[]): string {
  const out = [
    `\nStored claims matching the drafted statements (same claim at coverage >= ${SAME_CLAIM_COVERAGE}, related >= ${RELATED_COVERAGE}):`,
  ];
  for (const r of results) {
    out.push(`  ${r.draftClaimId}: ${r.decision}${r.storedClaimId ? ` → ${r.storedClaimId}` : ''}`);
    for (const m of r.matches)
      out.push(
        `      ${m.claimId}  score ${m.score.toFixed(2)}  coverage ${m.coverage.toFixed(2)}  ${m.stance === 'DISPUTE_CANDIDATE' ? `denies (${m.reasons.negations.join(', ')})` : ''}`.trimEnd(),
      );
  }
  return out.join('\n');
}
