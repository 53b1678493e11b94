import { contentHash } from '../src/bundle/anchor';
import { BundleInput } from '../src/bundle/schema';

/**
 * The article bundles the soak's writers ingest: small, valid, and owned by one token. The token
 * is one alphanumeric word, so that the full-text index finds it as a whole word, and every id of
 * the bundle starts with `<token>:`, so that the check can count what of it is in the store. The
 * bundle names one speaker twice under different names (`ada` and `ada-dup`), for entity merges.
 */

export type SoakBundle = BundleInput & {
  id: string;
  source: { text: string };
  claims: NonNullable<BundleInput['claims']>;
  occurrences: NonNullable<BundleInput['occurrences']>;
};

function anchorIn(text: string, exact: string) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`soak bundle: "${exact}" not in text`);
  const end = start + exact.length;
  return {
    exact,
    start,
    end,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
  };
}

export function soakBundle(token: string): SoakBundle {
  const ada = `Ada Quill ${token}`;
  const dup = `Adaline Quillon ${token}`;
  const text =
    `${ada} said the bridge in Westhaven ${token} was unsafe, according to the Harbour Gazette ${token}. ` +
    `Two engineers familiar with the inspection told the Gazette the cracks were old. ` +
    `The city council denied that the bridge was unsafe. ` +
    `${dup} later repeated that the bridge was unsafe.`;
  const id = (s: string) => `${token}:${s}`;
  return {
    bundleVersion: 1,
    id: id('bundle'),
    source: {
      id: id('source'),
      publisher: id('outlet-unnamed'),
      published: {
        text: 'March 2024',
        earliest: '2024-03-01',
        latest: '2024-03-31',
        precision: 'MONTH',
      },
      text,
      contentHash: contentHash(text),
    },
    entities: [
      { id: id('ada'), kind: 'PERSON', name: ada, aliases: [`Quill ${token}`] },
      { id: id('ada-dup'), kind: 'PERSON', name: dup },
      { id: id('gazette'), kind: 'OUTLET', name: `Harbour Gazette ${token}` },
      { id: id('outlet-unnamed'), kind: 'OUTLET', name: `Unnamed publisher ${token}` },
      { id: id('council'), kind: 'ORGANIZATION', name: `Westhaven council ${token}` },
      { id: id('bridge'), kind: 'PLACE', name: `Westhaven bridge ${token}` },
      {
        id: id('engineers'),
        kind: 'ANONYMOUS_SOURCE',
        name: `Two engineers ${token}`,
        anonymous: {
          descriptor: 'Two engineers familiar with the inspection',
          count: { min: 2, max: 2 },
        },
      },
    ],
    events: [
      {
        id: id('inspection'),
        name: `Bridge inspection ${token}`,
        date: {
          text: 'early 2024',
          earliest: '2024-01-01',
          latest: '2024-04-30',
          precision: 'YEAR_PART',
        },
        places: [id('bridge')],
        participants: [id('engineers')],
      },
    ],
    claims: [
      { id: id('unsafe'), text: `The bridge ${token} is unsafe.`, subjects: [id('bridge')] },
      {
        id: id('cracks-old'),
        text: `The cracks in the bridge ${token} are old.`,
        subjects: [id('bridge'), id('inspection')],
      },
      {
        id: id('not-unsafe'),
        text: `The bridge ${token} is not unsafe.`,
        subjects: [id('bridge')],
      },
    ],
    occurrences: [
      {
        id: id('o-ada-gazette'),
        claim: id('unsafe'),
        speaker: id('ada'),
        reportedBy: id('gazette'),
        verb: 'said',
        anchor: anchorIn(text, `${ada} said the bridge`),
      },
      {
        id: id('o-gazette-article'),
        claim: id('unsafe'),
        speaker: id('gazette'),
        reportedBy: id('outlet-unnamed'),
        verb: 'according to',
        quotedFrom: id('o-ada-gazette'),
        anchor: anchorIn(text, `according to the Harbour Gazette ${token}`),
      },
      {
        id: id('o-engineers'),
        claim: id('cracks-old'),
        speaker: id('engineers'),
        reportedBy: id('gazette'),
        verb: 'told',
        anchor: anchorIn(
          text,
          'Two engineers familiar with the inspection told the Gazette the cracks were old',
        ),
      },
      {
        id: id('o-council'),
        claim: id('not-unsafe'),
        speaker: id('council'),
        reportedBy: id('outlet-unnamed'),
        verb: 'denied',
        anchor: anchorIn(text, 'The city council denied that the bridge was unsafe'),
      },
      {
        id: id('o-dup'),
        claim: id('unsafe'),
        speaker: id('ada-dup'),
        reportedBy: id('outlet-unnamed'),
        verb: 'repeated',
        anchor: anchorIn(text, `${dup} later repeated`),
      },
    ],
    relations: [
      {
        id: id('rel-denial'),
        kind: 'DISPUTES',
        from: id('not-unsafe'),
        to: id('unsafe'),
        evidence: [id('o-council')],
      },
    ],
  };
}

/** A bundle the service must refuse: one anchor points at words the text does not hold there. */
export function invalidBundle(token: string): SoakBundle {
  const bundle = soakBundle(token);
  bundle.occurrences[0].anchor = { ...bundle.occurrences[0].anchor, start: 3 };
  return bundle;
}
