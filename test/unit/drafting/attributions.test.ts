import { type AttributionCandidate, findAttributions } from '../../../src/drafting/attributions';
import { splitSentences } from '../../../src/drafting/paragraphs';

function attributionsOf(text: string): AttributionCandidate[] {
  return findAttributions(text, splitSentences(text, { start: 0, end: text.length }));
}

function one(text: string): AttributionCandidate {
  const found = attributionsOf(text);
  expect(found).toHaveLength(1);
  return found[0];
}

describe('findAttributions', () => {
  it('when a sentence ends "according to X", then X is the speaker and the rest is the statement', () => {
    const a = one('The mayor has reportedly resigned, according to the Harbour Gazette.');
    expect(a).toMatchObject({
      pattern: 'according-to',
      verb: 'according to',
      speaker: { text: 'the Harbour Gazette', form: 'named' },
    });
    expect(a.statement).toBe('The mayor has reportedly resigned');
    expect(a.alsoMarked).toEqual(['reportedly']);
  });

  it('when a sentence opens "According to one official,", then the anonymous official speaks the rest', () => {
    const a = one('According to one official, the ministry is uneasy about the deal.');
    expect(a).toMatchObject({
      speaker: { text: 'one official', form: 'anonymous' },
      statement: 'the ministry is uneasy about the deal.',
    });
  });

  it('when "X said" follows a quote, then X speaks the quote and the sentence quotes speech', () => {
    const a = one('“We will not sign,” the spokeswoman said on Friday.');
    expect(a).toMatchObject({
      pattern: 'subject-verb',
      verb: 'said',
      speaker: { text: 'the spokeswoman', form: 'anonymous' },
      quoted: true,
      statement: '“We will not sign,”',
    });
  });

  it('when "X told reporters" is written, then X is the speaker of "told"', () => {
    const a = one('Anna Berg told reporters that the vote would be delayed.');
    expect(a).toMatchObject({ verb: 'told', speaker: { text: 'Anna Berg', form: 'named' } });
    expect(a.statement).toBe('the vote would be delayed.');
  });

  it('when an appositive stands between a name and its verb, then the name is the speaker', () => {
    const a = one(
      'For instance, Dmitry Rogozin, then-head of Roscosmos, publicly warned that Musk would “have to answer” for it.',
    );
    expect(a).toMatchObject({ verb: 'publicly warned', speaker: { text: 'Dmitry Rogozin' } });
  });

  it('when "sources suggest" or "reports indicate" opens a sentence, then the speaker is anonymous or unattributed', () => {
    const [sources, reports] = attributionsOf(
      'Sources suggest the talks took place under pressure. Reports indicate that contact expanded.',
    );
    expect(sources).toMatchObject({
      verb: 'suggest',
      speaker: { text: 'Sources', form: 'anonymous' },
    });
    expect(reports).toMatchObject({
      verb: 'indicate',
      speaker: { text: 'Reports', form: 'unattributed' },
    });
  });

  it('when only "reportedly" or "it is said" marks a sentence, then the statement is unattributed', () => {
    const [hedge, passive] = attributionsOf(
      'The talks were reportedly closely guarded. However, it is said that no warnings were issued.',
    );
    expect(hedge).toMatchObject({
      pattern: 'hedge',
      verb: 'reportedly',
      speaker: { form: 'unattributed' },
    });
    expect(passive).toMatchObject({
      pattern: 'passive',
      verb: 'it is said',
      statement: 'no warnings were issued.',
    });
  });

  it('when "X reported, citing Y" is written, then both hops are candidates with their own speakers', () => {
    const found = attributionsOf(
      'The port will close, the Harbour Gazette reported on Tuesday, citing two people familiar with the plan.',
    );
    expect(found.map((a) => [a.pattern, a.speaker.text])).toEqual([
      ['citing', 'two people familiar with the plan'],
      ['subject-verb', 'the Harbour Gazette'],
    ]);
    expect(found[1].statement).toBe('The port will close');
  });

  it('when "X claimed" or "X reported that" name their speakers, then the verbs are kept as written', () => {
    expect(
      one('In October 2022, political scientist Jan Bremmer claimed Musk had spoken with Putin.'),
    ).toMatchObject({
      verb: 'claimed',
      speaker: { text: 'political scientist Jan Bremmer', form: 'named' },
    });
    expect(
      one('In September 2023, CNN reported that Musk had ordered the disconnection.'),
    ).toMatchObject({
      verb: 'reported',
      speaker: { text: 'CNN' },
      statement: 'Musk had ordered the disconnection.',
    });
  });

  it('when a pronoun speaks and a second verb shares its subject, then one candidate carries both verbs', () => {
    const a = one(
      'She confirmed that talks had taken place, but said the institute was testing a rival.',
    );
    expect(a).toMatchObject({
      verb: 'confirmed',
      speaker: { text: 'She', form: 'pronoun' },
      alsoMarked: ['said'],
    });
  });

  it('when a quote stands alone with no verb, then it is a quote candidate whose speaker is unresolved', () => {
    expect(one('“This will change everything for the town.”')).toMatchObject({
      pattern: 'quote',
      speaker: { form: 'unresolved' },
    });
  });

  it('when reporting words are nouns or there is no reporting at all, then nothing is proposed', () => {
    expect(
      attributionsOf(
        'The reports from the field were long. The claims of the company grew. Ukraine launched an attack.',
      ),
    ).toEqual([]);
  });
});
