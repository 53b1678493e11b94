import { contentHash } from '../../src/bundle/anchor';
import { BundleInput } from '../../src/bundle/schema';

let counter = 0;

/** An id prefix no other test uses, so each test owns its data. */
export function uniqueTag(name: string): string {
  counter += 1;
  return `t${Date.now().toString(36)}${process.pid.toString(36)}${counter}-${name}`;
}

function anchorIn(text: string, exact: string) {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`test fixture: "${exact}" not in text`);
  const end = start + exact.length;
  return {
    exact,
    start,
    end,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
  };
}

/**
 * A small, valid bundle whose every id and name carries `tag`: a two-hop reporting chain, an
 * anonymous source, an event, and a dispute. `personName` replaces the reporting person's name.
 */
export function smallBundle(
  tag: string,
  options: { personName?: string } = {},
): BundleInput & { source: { text: string } } {
  const person = options.personName ?? `Ada Quill ${tag}`;
  const text =
    `${person} said the bridge in Westhaven ${tag} was unsafe, according to the Harbour Gazette ${tag}. ` +
    `Two engineers familiar with the inspection told the Gazette the cracks were old. ` +
    `The city council denied that the bridge was unsafe.`;
  const id = (s: string) => `${tag}:${s}`;
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
      {
        id: id('ada'),
        kind: 'PERSON',
        name: person,
        aliases: options.personName ? [] : [`Quill ${tag}`],
      },
      { id: id('gazette'), kind: 'OUTLET', name: `Harbour Gazette ${tag}` },
      { id: id('outlet-unnamed'), kind: 'OUTLET', name: `Unnamed publisher ${tag}` },
      { id: id('council'), kind: 'ORGANIZATION', name: `Westhaven council ${tag}` },
      { id: id('bridge'), kind: 'PLACE', name: `Westhaven bridge ${tag}` },
      {
        id: id('engineers'),
        kind: 'ANONYMOUS_SOURCE',
        name: `Two engineers ${tag}`,
        anonymous: {
          descriptor: 'Two engineers familiar with the inspection',
          count: { min: 2, max: 2 },
        },
      },
    ],
    events: [
      {
        id: id('inspection'),
        name: 'Bridge inspection',
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
      { id: id('unsafe'), text: 'The bridge is unsafe.', subjects: [id('bridge')] },
      {
        id: id('cracks-old'),
        text: 'The cracks in the bridge are old.',
        subjects: [id('bridge'), id('inspection')],
      },
      { id: id('not-unsafe'), text: 'The bridge is not unsafe.', subjects: [id('bridge')] },
    ],
    occurrences: [
      {
        id: id('o-ada-gazette'),
        claim: id('unsafe'),
        speaker: id('ada'),
        reportedBy: id('gazette'),
        verb: 'said',
        anchor: anchorIn(text, `${person} said the bridge`),
      },
      {
        id: id('o-gazette-article'),
        claim: id('unsafe'),
        speaker: id('gazette'),
        reportedBy: id('outlet-unnamed'),
        verb: 'according to',
        quotedFrom: id('o-ada-gazette'),
        anchor: anchorIn(text, `according to the Harbour Gazette ${tag}`),
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

/** What a follow-up article adds; occurrences give their anchor as the exact words in `text`. */
export interface ArticleParts {
  entities?: BundleInput['entities'];
  claims?: BundleInput['claims'];
  occurrences?: (Omit<NonNullable<BundleInput['occurrences']>[number], 'anchor'> & {
    exact: string;
  })[];
  relations?: BundleInput['relations'];
}

/**
 * A later article whose ids carry `tag`: its own publisher (`${tag}:desk`) and whatever `parts`
 * adds, which may name stored records by id without declaring them.
 */
export function articleBundle(
  tag: string,
  text: string,
  parts: ArticleParts,
): BundleInput & { source: { text: string } } {
  return {
    bundleVersion: 1,
    id: `${tag}:bundle`,
    source: {
      id: `${tag}:source`,
      publisher: `${tag}:desk`,
      published: { precision: 'UNKNOWN' },
      text,
      contentHash: contentHash(text),
    },
    entities: [
      { id: `${tag}:desk`, kind: 'OUTLET', name: `Desk ${tag}` },
      ...(parts.entities ?? []),
    ],
    claims: parts.claims ?? [],
    occurrences: (parts.occurrences ?? []).map(({ exact, ...o }) => ({
      ...o,
      anchor: anchorIn(text, exact),
    })),
    relations: parts.relations ?? [],
  };
}
