import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/config';
import { detectFurniture } from '../../../src/drafting/furniture';
import { splitLines } from '../../../src/drafting/paragraphs';

const SEED_TEXT = readFileSync(
  path.join(PROJECT_ROOT, 'seeds/musk-putin-starlink/article.txt'),
  'utf8',
);

describe('detectFurniture on the seed article', () => {
  const report = detectFurniture(SEED_TEXT);
  const foundLines = new Set(report.found.map((f) => f.line));
  const lines = splitLines(SEED_TEXT);

  it('when the seed is drafted, then every "Advertisement" line is furniture', () => {
    const adLines = lines.filter((l) => l.text === 'Advertisement').map((l) => l.number);
    expect(adLines).toHaveLength(3);
    for (const n of adLines)
      expect(report.found.find((f) => f.line === n)?.rule).toBe('advertisement');
  });

  it('when the seed is drafted, then the dolphins teaser, both its titles, its heading and its summary are furniture', () => {
    const teaser = lines.filter(
      (l) =>
        l.text.includes('Combat Dolphins') ||
        l.text.startsWith('Pantsir-S1 missile system') ||
        l.text === 'Other Topics of Interest',
    );
    expect(teaser).toHaveLength(4);
    for (const line of teaser) expect(foundLines.has(line.number)).toBe(true);
    expect(report.found.filter((f) => f.rule === 'related-teaser')).toHaveLength(2);
    expect(report.found.find((f) => f.text.startsWith('Pantsir-S1'))?.rule).toBe('teaser-summary');
  });

  it('when the seed is drafted, then both lines of the correction footer are furniture', () => {
    const footer = report.found.filter((f) => f.rule === 'correction-footer').map((f) => f.text);
    expect(footer).toEqual([
      'To suggest a correction or clarification, write to us here',
      'You can also highlight the text and press Ctrl + Enter',
    ]);
  });

  it('when the seed is drafted, then no real paragraph is furniture and nothing is left in doubt', () => {
    const curated = JSON.parse(
      readFileSync(path.join(PROJECT_ROOT, 'seeds/musk-putin-starlink/bundle.json'), 'utf8'),
    ) as { furniture: string[] };
    expect(report.found.map((f) => f.text).sort()).toEqual([...curated.furniture].sort());
    // The paragraph right after the teaser block is article text.
    expect(report.found.some((f) => f.text.startsWith('Musk, however, later clarified'))).toBe(
      false,
    );
    expect(report.doubtful).toEqual([]);
  });
});

describe('detectFurniture rules', () => {
  it('when a label line is a share prompt, a newsletter prompt or an inline "Related:" teaser, then it is furniture', () => {
    const text = [
      'First paragraph of the story.',
      '',
      'Share this article',
      '',
      'Related: Minister resigns after vote',
      '',
      'Sign up for our morning briefing',
      '',
      'Last paragraph.',
    ].join('\n');
    const rules = detectFurniture(text).found.map((f) => [f.text, f.rule]);
    expect(rules).toEqual([
      ['Share this article', 'share-prompt'],
      ['Related: Minister resigns after vote', 'related-teaser'],
      ['Sign up for our morning briefing', 'newsletter-prompt'],
    ]);
  });

  it('when furniture words stand inside a sentence, then the sentence is article text', () => {
    const text =
      'Advertisement revenue fell, the company said.\n\nShare this article with caution, he said.';
    expect(detectFurniture(text).found).toEqual([]);
  });

  it('when a paragraph after a teaser title shares no word with it, then it is kept and reported as doubtful', () => {
    const text = [
      'Story text.',
      '',
      'Read more',
      '',
      'Tanker Fire Closes Harbour Road',
      '',
      'Ministers met on Monday to discuss the budget.',
    ].join('\n');
    const report = detectFurniture(text);
    expect(report.found.map((f) => f.rule)).toEqual(['related-heading', 'related-teaser']);
    expect(report.doubtful.map((d) => d.line)).toEqual([7]);
  });

  it('when a teaser summary shares a distinctive word with its title, then it goes with the teaser', () => {
    const text = [
      'Story text.',
      '',
      'You may also like',
      '',
      'Harbour Road Reopens',
      '',
      'The harbour road reopened after repairs.',
      '',
      'Back to the story.',
    ].join('\n');
    const report = detectFurniture(text);
    expect(report.found.map((f) => f.rule)).toEqual([
      'related-heading',
      'related-teaser',
      'teaser-summary',
    ]);
    expect(report.found.some((f) => f.text === 'Back to the story.')).toBe(false);
  });
});
