import { anchorQuote, checkAnchor, contentHash, furnitureSpans } from '../../src/bundle/anchor';
import { bundleForIngestion, completeAnchors, isDraft } from '../../src/bundle/draft';
import { BundleValidationError } from '../../src/bundle/validate';

const TEXT = [
  'Musk spoke with Putin, officials said.',
  '',
  '“They don’t love it,” the source said.',
  'Contact expanded to inlcude senior officials, officials said.',
  'Advertisement',
].join('\n');

describe('anchorQuote', () => {
  it('when a quote appears once, then it is anchored with 0-based offsets, end exclusive', () => {
    const result = anchorQuote(TEXT, 'spoke with Putin');
    expect(result).toEqual({
      ok: true,
      anchor: {
        exact: 'spoke with Putin',
        prefix: 'Musk ',
        suffix: TEXT.slice(21, 53),
        start: 5,
        end: 21,
      },
    });
  });

  it('when a quote appears twice, then anchoring refuses it and lists both line:column candidates', () => {
    const result = anchorQuote(TEXT, 'officials said');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('ambiguous');
    expect(result.candidates).toEqual([
      { start: 23, line: 1, column: 24 },
      { start: TEXT.lastIndexOf('officials said'), line: 4, column: 47 },
    ]);
    expect(result.message).toContain('1:24');
    expect(result.message).toContain('4:47');
  });

  it('when a quote is not in the text, then anchoring refuses it as missing', () => {
    const result = anchorQuote(TEXT, 'Musk spoke with Biden');
    expect(result).toMatchObject({ ok: false, reason: 'missing', candidates: [] });
    if (!result.ok) expect(result.message).toContain('is not in the text');
  });

  it('when a quote keeps the curly quotes of the text, then it anchors them as written', () => {
    const result = anchorQuote(TEXT, '“They don’t love it,”');
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(TEXT.slice(result.anchor.start, result.anchor.end)).toBe('“They don’t love it,”');
  });

  it('when a quote straightens the curly quotes, then it is missing and the message points at the near miss without using it', () => {
    const result = anchorQuote(TEXT, '"They don\'t love it,"');
    expect(result).toMatchObject({ ok: false, reason: 'missing', candidates: [] });
    if (result.ok) return;
    expect(result.nearMisses).toEqual([{ start: 40, line: 3, column: 1 }]);
    expect(result.message).toContain('3:1');
  });

  it('when the text has a typo, then the typo anchors and the corrected spelling is missing', () => {
    expect(anchorQuote(TEXT, 'expanded to inlcude senior officials').ok).toBe(true);
    expect(anchorQuote(TEXT, 'expanded to include senior officials')).toMatchObject({
      ok: false,
      reason: 'missing',
    });
  });

  it('when letter case differs, then it is missing and the near miss is named', () => {
    const result = anchorQuote(TEXT, 'musk spoke');
    expect(result).toMatchObject({
      ok: false,
      reason: 'missing',
      nearMisses: [{ start: 0, line: 1, column: 1 }],
    });
  });

  it('when a hint prefix names the words before one candidate, then that candidate is anchored', () => {
    const result = anchorQuote(TEXT, 'officials said', { prefix: 'senior officials, ' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.anchor.start).toBe(TEXT.lastIndexOf('officials said'));
  });

  it('when a hint suffix names the words after one candidate, then that candidate is anchored', () => {
    const result = anchorQuote(TEXT, 'officials said', { suffix: '.\n\n' });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.anchor.start).toBe(23);
  });

  it('when a hint gives an occurrence, then the nth match is anchored', () => {
    const result = anchorQuote(TEXT, 'officials said', { occurrence: 2 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.anchor.start).toBe(TEXT.lastIndexOf('officials said'));
  });

  it('when a hint matches no candidate, then anchoring refuses it and still lists the real matches', () => {
    const prefixed = anchorQuote(TEXT, 'officials said', { prefix: 'junior ' });
    expect(prefixed).toMatchObject({ ok: false, reason: 'missing' });
    if (!prefixed.ok) expect(prefixed.candidates.map((c) => c.line)).toEqual([1, 4]);
    expect(anchorQuote(TEXT, 'officials said', { occurrence: 3 })).toMatchObject({
      ok: false,
      reason: 'missing',
    });
  });

  it('when the quote is at the edges of the text, then prefix and suffix are shorter than 32 characters', () => {
    const start = anchorQuote(TEXT, 'Musk spoke');
    expect(start).toMatchObject({ ok: true, anchor: { prefix: '', start: 0 } });
    const end = anchorQuote(TEXT, 'Advertisement');
    expect(end).toMatchObject({ ok: true, anchor: { suffix: '', end: TEXT.length } });
    if (end.ok) expect(end.anchor.prefix).toHaveLength(32);
  });

  it('when the context would cut a surrogate pair, then the pair is left out whole', () => {
    const text = `${'🚀'.repeat(20)}-launch`;
    const result = anchorQuote(text, 'launch');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.anchor.prefix).toBe(`${'🚀'.repeat(15)}-`);
  });
});

describe('checkAnchor', () => {
  const good = () => {
    const result = anchorQuote(TEXT, 'inlcude senior');
    if (!result.ok) throw new Error(result.message);
    return result.anchor;
  };

  it('when an anchor matches the text, then it has no problems', () => {
    expect(checkAnchor(TEXT, good())).toEqual([]);
  });

  it('when exact is not at start..end, then the problem names both and where the quote really is', () => {
    const anchor = { ...good(), start: good().start + 1, end: good().end + 1 };
    const problems = checkAnchor(TEXT, anchor);
    expect(problems.some((p) => p.includes('is not at') && p.includes('4:21'))).toBe(true);
  });

  it('when prefix or suffix differ from the text, then each is its own problem', () => {
    const problems = checkAnchor(TEXT, {
      ...good(),
      prefix: 'wrong prefix',
      suffix: 'wrong suffix',
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('prefix');
    expect(problems[1]).toContain('suffix');
  });

  it('when start is not before end, then that is the problem', () => {
    expect(checkAnchor(TEXT, { ...good(), end: good().start })).toEqual([
      expect.stringContaining('must be less than end'),
    ]);
  });

  it('when end runs past the text, then that is the problem', () => {
    expect(checkAnchor(TEXT, { ...good(), end: TEXT.length + 5 })[0]).toContain(
      'past the end of the text',
    );
  });
});

describe('contentHash', () => {
  it('when text is hashed, then it is sha256: and 64 lowercase hex digits of its UTF-8 bytes', () => {
    expect(contentHash('')).toBe(
      'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(contentHash('don’t')).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(contentHash('don’t')).not.toBe(contentHash("don't"));
  });
});

describe('furnitureSpans', () => {
  it('when furniture words also appear inside a sentence, then only the whole-line occurrence is furniture', () => {
    const text = 'Advertisement\nAdvertisement revenue fell.\nAdvertisement';
    expect(furnitureSpans(text, ['Advertisement']).map((s) => s.start)).toEqual([
      0,
      text.length - 13,
    ]);
  });
});

describe('completeAnchors', () => {
  const draft = () => ({
    bundleVersion: 1,
    id: 'bundle:test',
    source: { id: 'src:test', publisher: 'o:pub', published: { precision: 'UNKNOWN' }, text: TEXT },
    entities: [
      { id: 'o:pub', kind: 'OUTLET', name: 'Test publisher' },
      {
        id: 'anon:source',
        kind: 'ANONYMOUS_SOURCE',
        name: 'The source',
        anonymous: { descriptor: 'the source' },
      },
    ],
    claims: [{ id: 'c:unease', text: 'They do not love it.' }],
    occurrences: [
      {
        id: 'oc:1',
        claim: 'c:unease',
        speaker: 'anon:source',
        reportedBy: 'o:pub',
        verb: 'said',
        anchor: { exact: '“They don’t love it,”' },
      },
      {
        id: 'oc:2',
        claim: 'c:unease',
        speaker: 'anon:source',
        reportedBy: 'o:pub',
        verb: 'said',
        anchor: { exact: 'officials said', hint: { occurrence: 1 } },
      },
    ],
    furniture: ['Advertisement'],
  });

  it('when every quote anchors, then the bundle gets full anchors and the hash, and completing it again changes nothing', () => {
    const first = completeAnchors(draft(), TEXT);
    if (!('bundle' in first)) throw new Error(JSON.stringify(first.problems));
    expect(first.bundle.source.contentHash).toBe(contentHash(TEXT));
    expect(first.bundle.occurrences?.[1].anchor).toMatchObject({ start: 23, end: 37 });
    expect(first.bundle.entities?.[0]).toEqual({
      id: 'o:pub',
      kind: 'OUTLET',
      name: 'Test publisher',
    });
    expect(completeAnchors(first.bundle, TEXT)).toEqual(first);
  });

  it('when several anchors fail, then every problem is listed with its path', () => {
    const bad = draft();
    bad.occurrences[0].anchor = { exact: 'include' };
    bad.occurrences[1].anchor = { exact: 'officials said' };
    bad.occurrences.push({ ...bad.occurrences[0], id: 'oc:3', anchor: { exact: 'Advertisement' } });
    const result = completeAnchors(bad, TEXT);
    expect('problems' in result && result.problems.map((p) => p.path)).toEqual([
      'occurrences[0].anchor.exact',
      'occurrences[1].anchor.exact',
      'occurrences[2].anchor',
    ]);
  });

  it('when the stored hash no longer matches the text, then that is a problem, not a silent re-anchor', () => {
    const stale = {
      ...draft(),
      source: { ...draft().source, contentHash: contentHash('other text') },
    };
    const result = completeAnchors(stale, TEXT);
    expect('problems' in result && result.problems[0].path).toBe('source.contentHash');
  });

  it('when a draft carries curation notes, then completing drops them, so they never reach the graph', () => {
    const noted = {
      ...draft(),
      curation: {
        note: 'drafted',
        review: [{ about: 'oc:1', confidence: 'low', message: 'check the speaker' }],
      },
    };
    const result = completeAnchors(noted, TEXT);
    if (!('bundle' in result)) throw new Error(JSON.stringify(result.problems));
    expect(result.bundle).not.toHaveProperty('curation');
    expect(result.bundle.occurrences?.[0].anchor).toMatchObject({ start: 40, end: 61 });
  });

  it('when ingestion is given a draft, then it anchors it there; a complete bundle passes through unchanged', () => {
    expect(isDraft(draft())).toBe(true);
    const anchored = bundleForIngestion(draft(), TEXT);
    expect(isDraft(anchored)).toBe(false);
    expect(anchored).toMatchObject({
      source: { contentHash: contentHash(TEXT) },
      occurrences: [{ anchor: { start: 40 } }, { anchor: { start: 23 } }],
    });
    expect(bundleForIngestion(anchored, TEXT)).toBe(anchored);
  });

  it('when ingestion is given a draft with an ambiguous quote, then it refuses with the line and column of every candidate', () => {
    const bad = draft();
    bad.occurrences[1].anchor = { exact: 'officials said' };
    expect(() => bundleForIngestion(bad, TEXT)).toThrow(BundleValidationError);
    expect(() => bundleForIngestion(bad, TEXT)).toThrow(
      /occurrences\[1\]\.anchor\.exact: .*appears 2 times, at 1:24, 4:47/,
    );
  });

  it('when the draft breaks the schema, then the problem path points into the bundle', () => {
    const bad = draft() as { occurrences: Array<Record<string, unknown>> };
    bad.occurrences[1].anchor = { exact: 'officials said', hint: { occurrence: 0 } };
    const result = completeAnchors(bad, TEXT);
    expect('problems' in result && result.problems.map((p) => p.path)).toContain(
      'occurrences[1].anchor.hint.occurrence',
    );
  });
});
