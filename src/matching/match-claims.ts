import { findDates } from '../drafting/dates';
import { cleanStatement, NEGATIONS, terms, words } from './text';

/** Distinct words sent to Lucene at most; a Boolean query may hold 1,024 clauses. */
export const MAX_QUERY_WORDS = 300;
/**
 * Lucene hits read without narrowing: each hit is a claim (its matchText), so a few more than
 * `first` only make sure that claims with equal scores come in id order. Reading 200 hits, as the
 * two-document index needed, cost most of a query's time in fetching nodes (docs/matching.md).
 */
export const MATCH_HITS = 20;
/**
 * With embeddings (cypher/matching/match-claims-by-meaning): hits read from each index, Lucene
 * and the vector index; on CLEF train 50 of each ranked better than 20 (docs/matching.md).
 */
export const SEMANTIC_HITS = 50;
/**
 * Weight of the embeddings' cosine (-1 to 1) beside BM25 divided by the statement's best BM25
 * (0 to 1), learned by coordinate ascent on CLEF train (docs/matching.md).
 */
export const SEMANTIC_WEIGHT = 2;

/**
 * The Lucene query for a statement: its distinct words after cleaning, at most MAX_QUERY_WORDS,
 * or null when it has none. Words are letter and digit runs only, so no Lucene operator survives,
 * and lower-cased, so `AND`, `OR` and `NOT` are plain words.
 */
export function matchQuery(text: string): string | null {
  const distinct = [...new Set(words(cleanStatement(text)))].slice(0, MAX_QUERY_WORDS);
  return distinct.length > 0 ? distinct.join(' ') : null;
}

/** What matchClaims' Cypher returns for one candidate (cypher/matching/match-claims). */
export interface MatchCandidate {
  id: string;
  score: number;
  claim: {
    id: string;
    text: string;
    appliesEarliest?: string | null;
    appliesLatest?: string | null;
  };
  entities: { id: string; name: string; aliases: string[] | null }[];
  speakerIds: string[];
  occurrences: { exact: string; earliest: string | null; latest: string | null }[];
}

export type Stance = 'SAME_CLAIM' | 'DISPUTE_CANDIDATE';

export interface EntityReason {
  entityId: string;
  /** The name or alias found in the text. */
  matchedName: string;
}

export interface DateReason {
  /** The date as the text wrote it. */
  text: string;
  earliest: string;
  latest: string;
  /** What of the claim it overlaps: its period, or an occurrence's date. */
  overlaps: 'CLAIM_PERIOD' | 'OCCURRENCE';
}

export interface Match {
  claimId: string;
  score: number;
  /** Share of the claim's content words (its text's) that the statement also has, 0 to 1. */
  coverage: number;
  stance: Stance;
  reasons: MatchReasonsRecord;
}

export interface MatchReasonsRecord {
  sharedWords: string[];
  sharedEntities: EntityReason[];
  sharedSpeakers: EntityReason[];
  overlappingDates: DateReason[];
  /** Denying words of the statement that the claim does not have. */
  negations: string[];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The first of an entity's names found in the text as whole words, case-insensitively. */
function nameIn(text: string, names: string[]): string | undefined {
  return names.find(
    (name) =>
      name.trim().length > 1 &&
      new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(name.trim())}($|[^\\p{L}\\p{N}])`, 'iu').test(
        text,
      ),
  );
}

/** Negating words of a statement, in the order written; "n't" counts as "not". */
export function negationsIn(text: string): string[] {
  const found = words(text.replace(/n[’']t\b/gi, ' not')).filter((w) => NEGATIONS.has(w));
  return [...new Set(found)];
}

/**
 * Turns the candidates the index found into matches with their reasons: the words, entities,
 * speakers and dates the statement shares with each claim, and a proposed stance: a statement
 * that denies ("false", "never", "not", "denied") where the claim does not is a dispute candidate.
 */
export function explainMatches(text: string, candidates: MatchCandidate[]): Match[] {
  const cleaned = cleanStatement(text);
  const statementTerms = new Set(terms(cleaned));
  const negations = negationsIn(cleaned);
  const dates = findDates(text).filter((d) => d.date.earliest && d.date.latest);
  return candidates.map((c) => {
    const content = [...new Set(terms(c.claim.text))];
    const shared = new Set<string>();
    for (const written of c.claim.text.match(/[\p{L}\p{N}'’]+/gu) ?? []) {
      const [term] = terms(written);
      if (term !== undefined && statementTerms.has(term)) shared.add(written);
    }
    const coverage =
      content.length === 0
        ? 0
        : content.filter((t) => statementTerms.has(t)).length / content.length;
    const seen = new Set<string>();
    const sharedEntities: EntityReason[] = [];
    for (const e of c.entities) {
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const matchedName = nameIn(text, [e.name, ...(e.aliases ?? [])]);
      if (matchedName) sharedEntities.push({ entityId: e.id, matchedName });
    }
    const speakers = new Set(c.speakerIds);
    const overlappingDates: DateReason[] = [];
    for (const d of dates) {
      const [earliest, latest] = [d.date.earliest!, d.date.latest!];
      const overlaps = (from?: string | null, to?: string | null) =>
        !!from && from <= latest && (to ?? from) >= earliest;
      const kind = overlaps(c.claim.appliesEarliest, c.claim.appliesLatest)
        ? 'CLAIM_PERIOD'
        : c.occurrences.some((o) => overlaps(o.earliest, o.latest))
          ? 'OCCURRENCE'
          : undefined;
      if (kind) overlappingDates.push({ text: d.text, earliest, latest, overlaps: kind });
    }
    const claimNegations = new Set(negationsIn(c.claim.text));
    const denying = negations.filter((n) => !claimNegations.has(n));
    return {
      claimId: c.id,
      score: c.score,
      coverage,
      stance: denying.length > 0 ? 'DISPUTE_CANDIDATE' : 'SAME_CLAIM',
      reasons: {
        sharedWords: [...shared],
        sharedEntities,
        sharedSpeakers: sharedEntities.filter((e) => speakers.has(e.entityId)),
        overlappingDates,
        negations: denying,
      },
    };
  });
}
