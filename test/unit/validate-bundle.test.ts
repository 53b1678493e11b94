import { validateBundle, Problem, StoredReference } from '../../src/bundle/validate';
import { smallBundle } from '../support/bundles';

/** The ids a bundle uses without declaring them: offline, they are look-ups, not problems. */
function lookupsOf(mutate: (b: any) => void): StoredReference[] {
  const bundle = structuredClone(smallBundle('v')) as any;
  mutate(bundle);
  const result = validateBundle(bundle);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.stored;
}

function problemsOf(mutate: (b: any) => void): Problem[] {
  const bundle = structuredClone(smallBundle('v')) as any;
  mutate(bundle);
  const result = validateBundle(bundle);
  return result.ok ? [] : result.problems;
}

describe('validating a bundle', () => {
  it('when the bundle is well formed, then it passes', () => {
    expect(validateBundle(smallBundle('v')).ok).toBe(true);
  });

  it('when an occurrence names a speaker and claim it does not declare, then offline validation lists both as stored ids to look up', () => {
    const stored = lookupsOf((b) => {
      b.occurrences[0].speaker = 'person:stored-elsewhere';
      b.occurrences[1].claim = 'claim:stored-elsewhere';
      b.occurrences[1].quotedFrom = 'occ:stored-elsewhere';
    });
    expect(stored).toEqual(
      expect.arrayContaining([
        { path: 'occurrences[0].speaker', id: 'person:stored-elsewhere', kind: 'entity' },
        { path: 'occurrences[1].claim', id: 'claim:stored-elsewhere', kind: 'claim' },
        {
          path: 'occurrences[1].quotedFrom',
          id: 'occ:stored-elsewhere',
          kind: 'occurrence',
          claim: 'claim:stored-elsewhere',
        },
      ]),
    );
  });

  it('when every id is declared, then there is nothing to look up', () => {
    expect(lookupsOf(() => undefined)).toEqual([]);
  });

  it("when an anchor's exact text is not at start..end, then the anchor is refused", () => {
    const problems = problemsOf((b) => {
      b.occurrences[2].anchor.start += 3;
      b.occurrences[2].anchor.end += 3;
    });
    expect(problems.some((p) => p.path === 'occurrences[2].anchor')).toBe(true);
  });

  it('when a prefix or suffix does not match the text, then each is reported', () => {
    const problems = problemsOf((b) => {
      b.occurrences[0].anchor.suffix = 'nothing like the text';
      b.occurrences[3].anchor.prefix = 'not the words before';
    });
    expect(problems.filter((p) => /suffix/i.test(p.message)).map((p) => p.path)).toContain(
      'occurrences[0].anchor',
    );
    expect(problems.filter((p) => /prefix/i.test(p.message)).map((p) => p.path)).toContain(
      'occurrences[3].anchor',
    );
  });

  it("when a date interval is inverted, then it is reported at the date's path", () => {
    const problems = problemsOf((b) => {
      b.events[0].date = {
        text: 'early 2024',
        earliest: '2024-04-30',
        latest: '2024-01-01',
        precision: 'YEAR_PART',
      };
    });
    expect(problems).toContainEqual({
      path: 'events[0].date',
      message: expect.stringContaining('inverted date interval'),
    });
  });

  it('when two claims share an id, then the duplicate is named with where it was first used', () => {
    const problems = problemsOf((b) => {
      b.claims[1].id = b.claims[0].id;
    });
    expect(problems).toContainEqual({
      path: 'claims[1].id',
      message: expect.stringContaining('already used at claims[0].id'),
    });
  });

  it('when a dispute points at a claim the bundle does not declare, then it is looked up as a stored claim', () => {
    const stored = lookupsOf((b) => {
      b.relations[0].to = 'claim:stored';
      b.relations[0].evidence = ['occ:stored'];
    });
    expect(stored).toEqual([
      { path: 'relations[0].to', id: 'claim:stored', kind: 'claim' },
      { path: 'relations[0].evidence[0]', id: 'occ:stored', kind: 'occurrence' },
    ]);
  });

  it('when several things are wrong at once, then every one is listed', () => {
    const problems = problemsOf((b) => {
      b.relations[0].from = b.relations[0].to;
      b.events[0].date.latest = '2023-01-01';
      b.source.contentHash = 'sha256:' + '0'.repeat(64);
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['relations[0].to', 'events[0].date', 'source.contentHash']),
    );
  });

  it("when the shape is wrong, then zod's problems come back with paths too", () => {
    const problems = problemsOf((b) => {
      b.entities[0].kind = 'ALIEN';
      delete b.claims[0].text;
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['entities[0].kind', 'claims[0].text']),
    );
  });

  it('when a reporting chain loops, then the loop is reported', () => {
    const problems = problemsOf((b) => {
      b.occurrences[0].quotedFrom = b.occurrences[1].id;
    });
    expect(problems.some((p) => p.message.includes('loops back'))).toBe(true);
  });
});
