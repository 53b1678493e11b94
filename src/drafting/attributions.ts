import type { Sentence, Span } from './paragraphs';

/**
 * Candidate attributed statements: a sentence that says who said something, found from reporting
 * verbs and the patterns news writing uses ("according to X", "X said", "X told reporters",
 * "sources suggest", "reportedly", "it is said", "citing X", quoted speech). Each candidate keeps
 * its speaker as written; drafting resolves it to an entity. Nothing here knows any one article.
 */

export type AttributionPattern =
  'according-to' | 'citing' | 'subject-verb' | 'verb-subject' | 'passive' | 'hedge' | 'quote';

export type SpeakerForm =
  'named' | 'anonymous' | 'pronoun' | 'unattributed' | 'unresolved' | 'inherited';

export interface SpeakerCandidate extends Span {
  /** The speaker as the text writes it: "one official", "she", "Dmitry Rogozin". */
  text: string;
  form: SpeakerForm;
}

export interface AttributionCandidate extends Span {
  /** The sentence that carries the attribution, verbatim. */
  exact: string;
  verb: string;
  pattern: AttributionPattern;
  speaker: SpeakerCandidate;
  /** The reported statement, verbatim: what follows "that", what "according to" qualifies, the quote. */
  statement: string;
  /** The sentence quotes speech (three words or more between quotation marks). */
  quoted: boolean;
  /** Other markers in the same sentence folded into this candidate, e.g. "reportedly". */
  alsoMarked: string[];
  /** Where the reporting verb or pattern stands. */
  marker: Span;
}

const ADVERBS =
  'publicly|privately|later|also|previously|earlier|repeatedly|separately|first|then|once|again|recently|further|initially|subsequently|reportedly|openly|immediately';

const VERBS = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'tell',
  'claimed',
  'claims',
  'claim',
  'warned',
  'warns',
  'warn',
  'reported',
  'reports',
  'report',
  'explained',
  'explains',
  'stated',
  'states',
  'added',
  'adds',
  'confirmed',
  'confirms',
  'denied',
  'denies',
  'revealed',
  'reveals',
  'clarified',
  'clarifies',
  'suggested',
  'suggests',
  'suggest',
  'insisted',
  'insists',
  'argued',
  'argues',
  'noted',
  'notes',
  'wrote',
  'writes',
  'announced',
  'announces',
  'acknowledged',
  'acknowledges',
  'admitted',
  'admits',
  'alleged',
  'alleges',
  'asserted',
  'indicated',
  'indicates',
  'indicate',
  'cautioned',
  'testified',
  'tweeted',
  'predicted',
  'stressed',
  'emphasized',
  'emphasised',
];

const REPORTING_VERB = new RegExp(
  `\\b((?:(?:${ADVERBS})\\s+)*)(${VERBS.join('|')})\\b((?:\\s+(?:publicly|privately))?)`,
  'gi',
);

/** Words before a verb form that make it a noun: "the reports", "after claims". */
const NOUN_BEFORE =
  /\b(?:the|a|an|after|from|of|to|by|in|with|these|those|such|recent|media|news|its|his|her|their|many|some|two|several|earlier|previous|unconfirmed|and|or|amid|despite|following)\s+$/i;

const ACCORDING_TO = /\baccording to\s+/gi;
const CITING = /\b(citing|sourced from|quoting|attributed to)\s+/gi;
const PASSIVE =
  /\b(?:it|this)\s+(?:is|was|has been|had been)\s+(said|reported|claimed|alleged|understood|believed|rumou?red)\b/gi;
const HEDGE = /\b(reportedly|allegedly|purportedly|supposedly|apparently)\b/gi;
const QUOTE = /[“"]([^”"]+)[”"]/g;

const PRONOUN = /^(?:he|she|they|we|i|it)$/i;
const UNATTRIBUTED =
  /^(?:(?:the|some|several|many|other|recent|media|news|unconfirmed|earlier|local|press|these|those)\s+)*(?:reports?|rumou?rs|media|accounts)$/i;
const SOURCE_NOUN =
  /\b(?:officials?|sources?|people|person|insiders?|diplomats?|aides?|employees?|executives?|analysts?|experts?|observers?|spokes(?:person|man|woman)|witness(?:es)?|residents?|staff(?:ers)?|advisers?|advisors?|members?)\b/i;
const ANONYMOUS_LEAD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|few|a few|multiple|a number of|a|an|the|other|senior|current|former|top|unnamed|anonymous|sources?|officials?|people)\b/i;

/** Finds the candidates of every sentence, in text order. */
export function findAttributions(
  text: string,
  sentences: readonly Sentence[],
): AttributionCandidate[] {
  return sentences.flatMap((sentence) => attributionsIn(text, sentence));
}

function attributionsIn(text: string, sentence: Sentence): AttributionCandidate[] {
  const s = sentence.text;
  const found: AttributionCandidate[] = [];
  const quoted = quotesIn(s).length > 0;
  const at = (start: number, end: number): Span => ({
    start: sentence.start + start,
    end: sentence.start + end,
  });
  const add = (
    verb: string,
    pattern: AttributionPattern,
    speaker: SpeakerCandidate,
    marker: Span,
    statement: string,
  ) =>
    found.push({
      start: sentence.start,
      end: sentence.end,
      exact: s,
      verb,
      pattern,
      speaker,
      statement: statement.trim() || s,
      quoted,
      alsoMarked: [],
      marker,
    });

  ACCORDING_TO.lastIndex = 0;
  for (let m = ACCORDING_TO.exec(s); m !== null; m = ACCORDING_TO.exec(s)) {
    const np = nounPhraseAfter(s, m.index + m[0].length);
    if (!np) continue;
    const rest =
      m.index === 0
        ? s.slice(np.end).replace(/^\s*,\s*/, '')
        : s.slice(0, m.index).replace(/,\s*$/, '');
    add(
      'according to',
      'according-to',
      speaker(np, sentence),
      at(m.index, m.index + m[0].trimEnd().length),
      rest,
    );
  }

  CITING.lastIndex = 0;
  for (let m = CITING.exec(s); m !== null; m = CITING.exec(s)) {
    const np = nounPhraseAfter(s, m.index + m[0].length);
    if (!np) continue;
    add(m[1].toLowerCase(), 'citing', speaker(np, sentence), at(m.index, m.index + m[1].length), s);
  }

  PASSIVE.lastIndex = 0;
  const passiveSpans: Span[] = [];
  for (let m = PASSIVE.exec(s); m !== null; m = PASSIVE.exec(s)) {
    passiveSpans.push({ start: m.index, end: m.index + m[0].length });
    const marker = at(m.index, m.index + m[0].length);
    add(
      m[0].toLowerCase(),
      'passive',
      { ...marker, text: m[0], form: 'unattributed' },
      marker,
      afterThat(s, m.index + m[0].length),
    );
  }

  REPORTING_VERB.lastIndex = 0;
  let lastSpeaker: SpeakerCandidate | undefined;
  for (let m = REPORTING_VERB.exec(s); m !== null; m = REPORTING_VERB.exec(s)) {
    const verbStart = m.index + m[1].length;
    const verbEnd = verbStart + m[2].length + m[3].length;
    if (passiveSpans.some((p) => verbStart >= p.start && verbStart < p.end)) continue;
    if (NOUN_BEFORE.test(s.slice(0, verbStart)) || /^\s+(?:from|of)\b/i.test(s.slice(verbEnd))) {
      continue;
    }
    const verb = `${m[1]}${m[2]}${m[3]}`
      .replace(
        /\b(?:later|also|previously|earlier|then|once|again|recently|further|first|initially|subsequently|immediately|reportedly)\s+/gi,
        '',
      )
      .trim();
    const marker = at(verbStart, verbEnd);

    const subject = subjectBefore(s, m.index);
    let who: SpeakerCandidate | undefined;
    let pattern: AttributionPattern = 'subject-verb';
    if (subject) who = speaker(subject, sentence);
    else {
      const inverted = /^\s+((?:the\s+)?[^,.;:“”"]{1,60}?)(?=[,.;]|$)/.exec(s.slice(verbEnd));
      const afterQuote = /[”"],?\s*$/.test(s.slice(0, m.index));
      if (afterQuote && inverted) {
        const start = verbEnd + inverted[0].indexOf(inverted[1]);
        who = speaker({ start, end: start + inverted[1].length }, sentence);
        pattern = 'verb-subject';
      } else if (lastSpeaker && /\b(?:and|but)\s+$/i.test(s.slice(0, m.index))) {
        who = { ...lastSpeaker, form: 'inherited' };
      }
    }
    if (!who) continue;
    lastSpeaker = who;
    add(
      verb.toLowerCase(),
      pattern,
      who,
      marker,
      statementAfterVerb(s, verbEnd, m.index, pattern === 'subject-verb' ? subject : undefined),
    );
  }

  HEDGE.lastIndex = 0;
  for (let m = HEDGE.exec(s); m !== null; m = HEDGE.exec(s)) {
    const word = m[1].toLowerCase();
    if (found.length > 0) {
      // A hedge inside an attributed sentence qualifies that attribution; it is not another speaker.
      found[0].alsoMarked.push(word);
      continue;
    }
    const marker = at(m.index, m.index + m[0].length);
    add(word, 'hedge', { ...marker, text: m[0], form: 'unattributed' }, marker, s);
  }

  if (found.length === 0) {
    const quote = quotesIn(s)[0];
    if (quote) {
      const marker = at(quote.start, quote.end);
      add(
        'quoted',
        'quote',
        { ...marker, text: '', form: 'unresolved' },
        marker,
        s.slice(quote.start, quote.end),
      );
    }
  }
  return merge(found);
}

/** Candidates of one sentence with the same speaker and pattern family are one candidate. */
function merge(found: AttributionCandidate[]): AttributionCandidate[] {
  const kept: AttributionCandidate[] = [];
  for (const candidate of found) {
    const same = kept.find(
      (k) =>
        (k.speaker.text.toLowerCase() === candidate.speaker.text.toLowerCase() &&
          k.speaker.start === candidate.speaker.start) ||
        (candidate.speaker.form === 'inherited' && k.speaker.start === candidate.speaker.start),
    );
    if (same) same.alsoMarked.push(candidate.verb);
    else kept.push(candidate);
  }
  return kept;
}

function quotesIn(s: string): Span[] {
  const quotes: Span[] = [];
  QUOTE.lastIndex = 0;
  for (let m = QUOTE.exec(s); m !== null; m = QUOTE.exec(s)) {
    if (m[1].trim().split(/\s+/).length >= 3)
      quotes.push({ start: m.index, end: m.index + m[0].length });
  }
  return quotes;
}

function speaker(span: Span, sentence: Sentence): SpeakerCandidate {
  const text = sentence.text.slice(span.start, span.end);
  return {
    start: sentence.start + span.start,
    end: sentence.start + span.end,
    text,
    form: speakerForm(text),
  };
}

export function speakerForm(np: string): SpeakerForm {
  const text = np.trim();
  if (PRONOUN.test(text)) return 'pronoun';
  if (UNATTRIBUTED.test(text)) return 'unattributed';
  if (SOURCE_NOUN.test(text) && ANONYMOUS_LEAD.test(text)) return 'anonymous';
  // A capital after the first word, or a first word that is not a function word, names someone.
  if (/\p{Lu}/u.test(text.replace(/^(?:the|this|that|these|a|an)\s+/i, ''))) {
    return /^(?:This|That|These|Those)\s+\p{Ll}/u.test(text) ? 'unresolved' : 'named';
  }
  if (SOURCE_NOUN.test(text)) return 'anonymous';
  return 'unresolved';
}

/**
 * The noun phrase after "according to" or "citing": up to the end of the clause. A list of short
 * capitalized names ("the US, Europe, and Russia") stays in the phrase.
 */
function nounPhraseAfter(s: string, from: number): Span | undefined {
  const clauseEnd = s
    .slice(from)
    .search(/[.;:!?]|\s[—–]\s|\s(?:that|who|which|when|and\s+(?:that|the\s+\p{Ll}))\s/u);
  const limit = clauseEnd === -1 ? s.length : from + clauseEnd;
  const segments = s.slice(from, limit).split(/,\s*/);
  let take = 1;
  // Extend over "X, Y, and Z" only when the list closes with "and"/"or" and its items are short names.
  const closing = segments.findIndex((seg, i) => i > 0 && /^(?:and|or)\s+\S/.test(seg));
  if (
    closing > 0 &&
    segments
      .slice(1, closing + 1)
      .every(
        (seg) =>
          seg.replace(/^(?:and|or)\s+/, '').split(/\s+/).length <= 3 &&
          /^(?:(?:and|or)\s+)?(?:the\s+)?\p{Lu}/u.test(seg),
      )
  ) {
    take = closing + 1;
  }
  const phrase = segments.slice(0, take).join(', ');
  const text = s.slice(from, from + phrase.length);
  const trimmed = text.trimEnd();
  if (trimmed.length === 0 || trimmed.split(/\s+/).length > 16) return undefined;
  return { start: from, end: from + trimmed.length };
}

const TRAILING_ADVERBS = new RegExp(
  `(?:\\s+(?:${ADVERBS}|however|had|has|have|would|will|did|does|not|never|then))+\\s*$`,
  'i',
);

/** The subject just before a reporting verb, with appositives and sentence adverbs removed. */
function subjectBefore(s: string, verbAt: number): Span | undefined {
  let pre = s.slice(0, verbAt);
  const stripTrailing = () => {
    for (;;) {
      const before = pre;
      pre = pre.replace(TRAILING_ADVERBS, '');
      pre = pre.replace(
        /,\s*(?:however|though|meanwhile|too|also|in turn|for (?:example|instance))\s*,?\s*$/i,
        '',
      );
      pre = pre.replace(/\s+$/, '');
      if (pre === before) return;
    }
  };
  stripTrailing();
  // "Dmitry Rogozin, then-head of Roscosmos, publicly warned": drop the appositive between commas.
  if (pre.endsWith(',')) {
    const appositive = /,\s+(?:the|a|an|then-|former|its|his|her|who|which|\p{Ll})[\s\S]*,$/u.exec(
      pre,
    );
    if (!appositive) return undefined;
    pre = pre.slice(0, appositive.index);
    stripTrailing();
  }
  const end = pre.length;
  const boundary =
    /(?:[;:—–(]|,|[”"])\s*|\s(?:that|and|but|while|as|because|when|after|before|whereas|since|if|so)\s/gi;
  let start = 0;
  for (let m = boundary.exec(pre); m !== null; m = boundary.exec(pre))
    start = m.index + m[0].length;
  const subject = pre.slice(start, end).replace(/^\s+/, '');
  if (subject.length === 0) return undefined;
  const words = subject.split(/\s+/);
  if (words.length > 12) return undefined;
  // A lone function word before the verb ("as said", "it said" aside) is no subject.
  if (
    words.length === 1 &&
    /^(?:as|which|who|what|has|had|have|was|is|be|and|but|or|yet|then)$/i.test(words[0])
  )
    return undefined;
  const from = end - subject.length;
  return { start: from, end };
}

function afterThat(s: string, from: number): string {
  return s.slice(from).replace(/^\s*(?:that\s+)?/i, '');
}

function statementAfterVerb(
  s: string,
  verbEnd: number,
  verbAt: number,
  subject: Span | undefined,
): string {
  const quote = /^([“"][^”"]+[”"]),?\s/.exec(s.slice(0, verbAt));
  if (quote) return quote[1];
  const that = /^\s*(?:[^,]{0,60}?\s)?that\s+/i.exec(s.slice(verbEnd));
  if (that) return s.slice(verbEnd + that[0].length);
  // "SpaceX is close to a deal, the Journal reported": the statement comes before its speaker.
  if (subject && subject.start > 0 && /,\s*$/.test(s.slice(0, subject.start))) {
    return s
      .slice(0, subject.start)
      .replace(/,\s*$/, '')
      .replace(/^[^—–]{0,60}\s[—–]\s/, '');
  }
  const rest = s.slice(verbEnd).trim();
  return rest.length > 0 ? rest : s;
}
