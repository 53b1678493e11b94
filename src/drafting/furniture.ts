import { type Block, type Line, splitBlocks, splitLines } from './paragraphs';

/**
 * Page furniture: what a web page puts around an article that the article does not say.
 * Every rule looks at the shape of a line or a block (a label on a line of its own, a heading and
 * the teasers under it), never at one site's wording of a teaser, so that it carries over to
 * articles nobody has seen.
 */

export type FurnitureRule =
  | 'advertisement'
  | 'share-prompt'
  | 'newsletter-prompt'
  | 'correction-footer'
  | 'related-heading'
  | 'related-teaser'
  | 'teaser-summary';

export interface FurnitureLine {
  text: string;
  start: number;
  end: number;
  /** 1-based. */
  line: number;
  rule: FurnitureRule;
}

/** A line that looked like furniture but was kept as article text; the reviewer decides. */
export interface DoubtfulLine {
  text: string;
  start: number;
  end: number;
  line: number;
  reason: string;
}

export interface FurnitureReport {
  found: FurnitureLine[];
  doubtful: DoubtfulLine[];
}

const AD_LABEL =
  /^(?:advertisement|advertisements|advertising|ad|ads|sponsored(?: content)?|paid (?:content|post)|partner content|promoted(?: content)?|(?:story|article) continues below(?: advertisement)?|continue reading(?: below)?|scroll (?:down )?to continue(?: with content)?)$/i;

const SHARE_PROMPT =
  /^(?:share(?: this)?(?: article| story| post| page)?|share (?:on|via) [\w .+]{1,20}|tweet(?: this)?|print(?: this (?:article|page))?|e-?mail(?: this (?:article|story))?|copy link|follow us(?: on [\w ,]{1,40})?)[:!.]?$/i;

const NEWSLETTER_PROMPT =
  /^(?:sign up|subscribe|get (?:our|the) newsletter|join (?:our|the) newsletter)\b.{0,100}$/i;

/** Phrases a correction or feedback footer uses; searched anywhere in a short line. */
const CORRECTION_FOOTER =
  /\b(?:suggest a correction|request a correction|report an? (?:error|mistake|typo)|spotted (?:an error|a mistake|a typo)|found (?:an error|a mistake|a typo)|corrections? policy|(?:highlight|select) (?:the|a|some) text and press)\b|\bctrl\s*\+\s*enter\b/i;

const RELATED_HEADING =
  /^(?:other topics of interest|topics of interest|related(?: (?:articles?|stories|news|coverage|content|reading|posts|topics|links))?|read (?:more|also|next)|also read|see also|more (?:on|from|about|in) .{1,40}|more stories|recommended(?: for you| reading| stories)?|you (?:may|might) also (?:like|enjoy|be interested in)|most (?:read|popular|viewed|shared)|trending(?: now| stories)?|popular(?: stories| now)?|editor'?s picks|top stories|further reading|what to read next)\s*:?$/i;

/** "Related: <teaser title>" on one line. */
const INLINE_TEASER =
  /^(?:related|read more|read also|also read|see also|more|watch|listen|don['’]t miss|recommended)\s*:\s*\S/i;

const MAX_LABEL_LENGTH = 200;
const MAX_TEASERS_PER_HEADING = 8;

export function detectFurniture(text: string): FurnitureReport {
  const lines = splitLines(text);
  const blocks = splitBlocks(lines);
  const found = new Map<number, FurnitureLine>();
  const doubtful: DoubtfulLine[] = [];
  const mark = (line: Line, rule: FurnitureRule) => {
    if (!found.has(line.start))
      found.set(line.start, {
        text: line.text,
        start: line.start,
        end: line.end,
        line: line.number,
        rule,
      });
  };
  const doubt = (line: Line, reason: string) =>
    doubtful.push({ text: line.text, start: line.start, end: line.end, line: line.number, reason });

  for (const line of lines) {
    const label = line.text.trim();
    if (label === '' || label.length > MAX_LABEL_LENGTH) continue;
    if (AD_LABEL.test(label)) mark(line, 'advertisement');
    else if (SHARE_PROMPT.test(label)) mark(line, 'share-prompt');
    else if (NEWSLETTER_PROMPT.test(label) && !endsLikeSentence(label))
      mark(line, 'newsletter-prompt');
    else if (CORRECTION_FOOTER.test(label)) mark(line, 'correction-footer');
    else if (INLINE_TEASER.test(label)) mark(line, 'related-teaser');
  }

  // A correction footer usually takes two or three lines ("write to us here" / "press Ctrl + Enter"):
  // the short lines of the same block go with it.
  for (const block of blocks) {
    if (!block.lines.some((l) => found.get(l.start)?.rule === 'correction-footer')) continue;
    for (const line of block.lines)
      if (line.text.trim().length <= MAX_LABEL_LENGTH) mark(line, 'correction-footer');
  }

  blocks.forEach((block, b) => {
    const heading = block.lines.find((l) => RELATED_HEADING.test(l.text.trim()));
    if (heading === undefined) return;
    mark(heading, 'related-heading');
    // Titles that share the heading's block (a teaser title printed just above or below it).
    for (const line of block.lines) {
      if (line === heading) continue;
      if (isTitleLike(line.text)) mark(line, 'related-teaser');
      else
        doubt(
          line,
          `shares a block with the related-content heading ${JSON.stringify(heading.text.trim())} but reads like prose`,
        );
    }
    markTeasersAfter(blocks, b, mark, doubt);
  });

  // A teaser title printed twice (once in a box, once under the heading) is furniture in both places.
  const teaserTitles = new Set(
    [...found.values()].filter((f) => f.rule === 'related-teaser').map((f) => f.text.trim()),
  );
  for (const line of lines) {
    if (teaserTitles.has(line.text.trim())) mark(line, 'related-teaser');
  }

  const kept = doubtful.filter((d) => !found.has(d.start));
  return { found: [...found.values()].sort((a, b) => a.start - b.start), doubtful: kept };
}

/**
 * Under a related-content heading come teasers: a title on a line of its own, optionally followed
 * by a one-paragraph summary. A summary counts only when it shares a distinctive word with its
 * title; the first block that is neither ends the list.
 */
function markTeasersAfter(
  blocks: readonly Block[],
  headingBlock: number,
  mark: (line: Line, rule: FurnitureRule) => void,
  doubt: (line: Line, reason: string) => void,
): void {
  let lastTitle: Line | undefined;
  let teasers = 0;
  for (let b = headingBlock + 1; b < blocks.length && teasers < MAX_TEASERS_PER_HEADING; b += 1) {
    const block = blocks[b];
    if (block.lines.length === 1 && isTitleLike(block.lines[0].text)) {
      mark(block.lines[0], 'related-teaser');
      lastTitle = block.lines[0];
      teasers += 1;
      continue;
    }
    if (lastTitle !== undefined && block.lines.length === 1) {
      const summary = block.lines[0];
      if (sharesDistinctiveWord(lastTitle.text, summary.text)) {
        mark(summary, 'teaser-summary');
        lastTitle = undefined;
        continue;
      }
      doubt(
        summary,
        `follows the teaser title ${JSON.stringify(lastTitle.text.trim())} but shares no distinctive word with it; kept as article text`,
      );
    }
    return;
  }
}

/** A headline: short, more than one word, and not ending like a sentence. */
export function isTitleLike(line: string): boolean {
  const trimmed = line.trim();
  const words = trimmed.split(/\s+/);
  return (
    trimmed.length <= 160 && words.length >= 2 && words.length <= 24 && !endsLikeSentence(trimmed)
  );
}

function endsLikeSentence(s: string): boolean {
  return /[.!?:;,”"’…]$/.test(s.trim());
}

const COMMON_WORDS = new Set([
  'about',
  'after',
  'also',
  'been',
  'before',
  'being',
  'between',
  'both',
  'could',
  'does',
  'from',
  'have',
  'into',
  'more',
  'most',
  'only',
  'other',
  'over',
  'said',
  'says',
  'some',
  'such',
  'than',
  'that',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'under',
  'very',
  'were',
  'what',
  'when',
  'where',
  'which',
  'while',
  'will',
  'with',
  'would',
  'your',
]);

function distinctiveWords(s: string): Set<string> {
  const words = s.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}-]*/gu) ?? [];
  return new Set(words.filter((w) => (w.length >= 4 || /\d/.test(w)) && !COMMON_WORDS.has(w)));
}

function sharesDistinctiveWord(a: string, b: string): boolean {
  const inB = distinctiveWords(b);
  return [...distinctiveWords(a)].some((w) => inB.has(w));
}
