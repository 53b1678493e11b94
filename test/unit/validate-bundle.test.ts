import { validateBundle, Problem } from '../../src/bundle/validate';
import { smallBundle } from '../support/bundles';

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

  it('when an occurrence names an unknown speaker and claim, then both are listed with their paths', () => {
    const problems = problemsOf((b) => {
      b.occurrences[0].speaker = 'nobody';
      b.occurrences[1].claim = 'claim:nothing';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        {
          path: 'occurrences[0].speaker',
          message: expect.stringContaining('unknown entity "nobody"'),
        },
        {
          path: 'occurrences[1].claim',
          message: expect.stringContaining('unknown claim "claim:nothing"'),
        },
      ]),
    );
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

  it('when a dispute points at no claim, then it is refused', () => {
    const problems = problemsOf((b) => {
      b.relations[0].to = 'claim:vanished';
    });
    expect(problems).toContainEqual({
      path: 'relations[0].to',
      message: expect.stringContaining('points at nothing'),
    });
  });

  it('when several things are wrong at once, then every one is listed', () => {
    const problems = problemsOf((b) => {
      b.occurrences[0].speaker = 'nobody';
      b.relations[0].from = 'claim:ghost';
      b.source.contentHash = 'sha256:' + '0'.repeat(64);
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['occurrences[0].speaker', 'relations[0].from', 'source.contentHash']),
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
