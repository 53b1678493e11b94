import fs from 'node:fs';
import path from 'node:path';
import {
  decide,
  matchNotes,
  RELATED_COVERAGE,
  SAME_CLAIM_COVERAGE,
} from '../../src/drafting/claim-matches';
import { averagePrecisionAt, reciprocalRank, scoreRankings } from '../../eval/matching/score';
import { parseTsv } from '../../eval/matching/clef';
import {
  explainMatches,
  matchQuery,
  MAX_QUERY_WORDS,
  negationsIn,
} from '../../src/matching/match-claims';
import { cleanStatement, stem, terms } from '../../src/matching/text';
import { compact } from '../../src/neo4j/cypher';

describe('the evaluation scorer', () => {
  it('gives the MAP@5, P@1 and MRR worked out by hand for three queries', () => {
    const qrels = new Map([
      ['q1', new Set(['a'])], // found first: AP 1
      ['q2', new Set(['b'])], // found third: AP 1/3
      ['q3', new Set(['c', 'd'])], // c second (1/2), d fourth (2/4): AP (1/2 + 1/2) / 2 = 1/2
    ]);
    const rankings = new Map([
      ['q1', ['a', 'x', 'y']],
      ['q2', ['x', 'y', 'b', 'z']],
      ['q3', ['x', 'c', 'y', 'd', 'z']],
    ]);
    const scores = scoreRankings(rankings, qrels, 5);
    expect(scores.map).toBeCloseTo((1 + 1 / 3 + 1 / 2) / 3, 10);
    expect(scores.p1).toBeCloseTo(1 / 3, 10);
    expect(scores.mrr).toBeCloseTo((1 + 1 / 3 + 1 / 2) / 3, 10);
  });

  it('counts nothing past the fifth place, and a query with no ranking as 0', () => {
    expect(averagePrecisionAt(['v', 'w', 'x', 'y', 'z', 'a'], new Set(['a']), 5)).toBe(0);
    expect(reciprocalRank(['v', 'w', 'x', 'y', 'z', 'a'], new Set(['a']))).toBeCloseTo(1 / 6);
    const scores = scoreRankings(new Map(), new Map([['q', new Set(['a'])]]));
    expect(scores).toEqual({ queries: 1, map: 0, p1: 0, mrr: 0 });
  });
});

describe('reading the task files', () => {
  it('keeps quoted tabs, doubled quote marks and line breaks inside one field', () => {
    const rows = parseTsv(
      '\tvclaim\ttitle\n0\t"A ""quoted""\tclaim\nover two lines"\tT\n1\tplain\tU\n',
    );
    expect(rows).toEqual([
      ['', 'vclaim', 'title'],
      ['0', 'A "quoted"\tclaim\nover two lines', 'T'],
      ['1', 'plain', 'U'],
    ]);
  });
});

describe('a statement as the matcher reads it', () => {
  it('drops links and reads @handles and #hashtags as their words, keeping the signature name', () => {
    const tweet =
      'Alabama will NOT see any impacts from #HurricaneDorian https://t.co/abc pic.twitter.com/xyz — NWS (@NWSBirmingham) September 1, 2019';
    const cleaned = cleanStatement(tweet);
    expect(cleaned).not.toMatch(/t\.co|pic\.twitter/);
    expect(cleaned).toContain('Hurricane Dorian');
    expect(cleaned).toContain('NWSBirmingham');
    expect(cleaned).toContain('September 1, 2019');
  });

  it('stems plurals and verb endings to one form', () => {
    expect(stem('prisoners')).toBe(stem('prisoner'));
    expect(stem('released')).toBe(stem('release'));
    expect(terms('The detainees were released')).toEqual([stem('detainees'), stem('released')]);
  });

  it('sends Lucene distinct plain words only, never an operator, and at most MAX_QUERY_WORDS', () => {
    expect(matchQuery('NOT (a OR b) AND "c"~2 title:x*')).toBe('not a or b and c 2 title x');
    expect(matchQuery('!!! ??? ---')).toBeNull();
    const long = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    expect(matchQuery(long)!.split(' ')).toHaveLength(MAX_QUERY_WORDS);
  });

  it('finds denials, "n\'t" included', () => {
    expect(negationsIn("Musk didn't talk to Putin; the report is false")).toEqual(['not', 'false']);
    expect(negationsIn('Musk talked to Putin')).toEqual([]);
  });
});

describe('explaining a match', () => {
  const candidate = {
    id: 'claim:x',
    score: 3.2,
    claim: {
      id: 'claim:x',
      text: 'Elon Musk has been in regular contact with Vladimir Putin since late 2022.',
      appliesEarliest: '2022-09-01',
      appliesLatest: '2022-12-31',
    },
    entities: [
      { id: 'person:elon-musk', name: 'Elon Musk', aliases: ['Musk'] },
      { id: 'person:vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin'] },
      { id: 'person:elon-musk', name: 'Elon Musk', aliases: ['Musk'] },
    ],
    speakerIds: ['person:vladimir-putin'],
    occurrences: [],
  };

  it('names shared words, entities by alias, speakers and overlapping dates', () => {
    const [m] = explainMatches('Putin and Musk talked regularly in November 2022.', [candidate]);
    expect(m.stance).toBe('SAME_CLAIM');
    expect(m.reasons.sharedWords).toEqual(expect.arrayContaining(['Musk', 'Putin']));
    expect(m.reasons.sharedEntities).toEqual([
      { entityId: 'person:elon-musk', matchedName: 'Musk' },
      { entityId: 'person:vladimir-putin', matchedName: 'Putin' },
    ]);
    expect(m.reasons.sharedSpeakers).toEqual([
      { entityId: 'person:vladimir-putin', matchedName: 'Putin' },
    ]);
    expect(m.reasons.overlappingDates).toEqual([
      {
        text: 'November 2022',
        earliest: '2022-11-01',
        latest: '2022-11-30',
        overlaps: 'CLAIM_PERIOD',
      },
    ]);
    expect(m.coverage).toBeGreaterThan(0.3);
    expect(m.coverage).toBeLessThan(1);
  });

  it('proposes a dispute candidate when the statement denies what the claim does not', () => {
    const [m] = explainMatches('Musk has never been in contact with Putin, a false report.', [
      candidate,
    ]);
    expect(m.stance).toBe('DISPUTE_CANDIDATE');
    expect(m.reasons.negations).toEqual(['never', 'false']);
  });
});

describe("the draft's decision from the top match", () => {
  const top = (coverage: number, stance: 'SAME_CLAIM' | 'DISPUTE_CANDIDATE' = 'SAME_CLAIM') => ({
    claimId: 'claim:x',
    score: 1,
    coverage,
    stance,
    reasons: {
      sharedWords: [],
      sharedEntities: [],
      sharedSpeakers: [],
      overlappingDates: [],
      negations: [],
    },
  });

  it('follows the thresholds measured on CLEF train and the proposed stance', () => {
    expect(decide(undefined)).toBe('new claim');
    expect(decide(top(RELATED_COVERAGE - 0.01))).toBe('new claim');
    expect(decide(top(RELATED_COVERAGE))).toBe('supports or new claim');
    expect(decide(top(SAME_CLAIM_COVERAGE))).toBe('same claim');
    expect(decide(top(SAME_CLAIM_COVERAGE, 'DISPUTE_CANDIDATE'))).toBe('disputes');
  });

  it('names the stored claim in the review note', () => {
    const [note] = matchNotes([
      {
        draftClaimId: 'claim:draft-1',
        decision: 'same claim',
        storedClaimId: 'claim:x',
        matches: [top(0.8)],
      },
    ]);
    expect(note).toMatchObject({ about: 'claim:draft-1', decide: true });
    expect(note.message).toContain('claim:x');
  });
});

describe("the benchmark's floor for matching by meaning", () => {
  const read = (file: string) =>
    compact(fs.readFileSync(path.join(__dirname, '../..', file), 'utf8')).split('\n');
  const floor = read('bench/cypher/match-by-meaning.cypher');
  const product = read('cypher/matching/match-claims-by-meaning.cypher');

  it("ranks with matchClaims' own statements: its candidates and score, then its order", () => {
    const ranking = floor.slice(0, floor.indexOf('WITH claim, score'));
    expect(ranking.length).toBeGreaterThan(5);
    expect(product.slice(0, ranking.length)).toEqual(ranking);
    const order = floor.slice(ranking.length, ranking.length + 2);
    expect(order).toEqual(['WITH claim, score', 'ORDER BY score DESC, claim.id ASC']);
    const at = product.indexOf(order[0]);
    expect(product.slice(at, at + 2)).toEqual(order);
  });
});
