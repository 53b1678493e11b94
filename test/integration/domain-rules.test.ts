import { completeAnchors } from '../../src/bundle/draft';
import { validateBundle } from '../../src/bundle/validate';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { articleBundle, uniqueTag } from '../support/bundles';
import { createWriteTestApp, WriteTestApp } from '../support/writes';

/**
 * One table of cases through every path that enforces the domain rules (src/domain/rules.ts):
 * bundle validation, the write API and drafting's anchor completion. Each path must give the
 * same verdict. Before the rules were shared, the API's furniture check matched any substring,
 * so it refused a quote that ingestion accepted (the first case).
 */
const TEXT =
  'Advertisement\n' +
  'The Advertisement council said the pier is closed.\n' +
  'The harbour master said the pier is open.\n';

type Verdict = 'accepted' | 'refused';
type Path = 'bundle' | 'api' | 'draft';

interface Case {
  name: string;
  verdict: Verdict;
  /** Changes the valid bundle; absent when the case does not apply to bundles. */
  bundle?: (b: any, id: (s: string) => string) => void;
  /** A mutation and its variables; absent when the case does not apply to the API. */
  api?: (id: (s: string) => string) => { query: string; variables: Record<string, unknown> };
  /** Changes the draft (anchors given as exact words); absent when drafting does not check it. */
  draft?: (d: any) => void;
}

const ADD_OCCURRENCE = `mutation($input: AddOccurrenceInput!) { addOccurrence(input: $input) { occurrence { id } } }`;
const ADD_CLAIM = `mutation($input: AddClaimInput!) { addClaim(input: $input) { claim { id } } }`;
const ADD_DISPUTE = `mutation($input: AddRelationInput!) { addDispute(input: $input) { id } }`;
const ADD_REVIEW = `mutation($input: AddReviewInput!) { addReview(input: $input) { review { id } } }`;
const occurrenceInput = (id: (s: string) => string, exact: string, extra = {}) => ({
  query: ADD_OCCURRENCE,
  variables: {
    input: {
      claimId: id('closed'),
      sourceId: `${id('')}source`,
      speakerId: id('council'),
      reportedById: `${id('')}desk`,
      verb: 'said',
      exact,
      ...extra,
    },
  },
});
const inverted = {
  text: 'spring',
  earliest: '2024-05-01',
  latest: '2024-03-01',
  precision: 'YEAR_PART',
};
const open = { text: 'in 2024', precision: 'YEAR' };
const rating = (ratingValue: number) => ({
  ratingValue,
  bestRating: 5,
  worstRating: 1,
  alternateName: 'Mostly false',
});

const CASES: Case[] = [
  {
    name: 'a quote with furniture words inside a sentence',
    verdict: 'accepted',
    bundle: (b) => {
      b.occurrences[0].anchor = anchor('The Advertisement council said');
    },
    api: (id) => occurrenceInput(id, 'The Advertisement council said'),
    draft: (d) => {
      d.occurrences[0].anchor = { exact: 'The Advertisement council said' };
    },
  },
  {
    name: 'a quote that reaches into a furniture line',
    verdict: 'refused',
    bundle: (b) => {
      b.occurrences[0].anchor = anchor('Advertisement\nThe Advertisement');
    },
    api: (id) => occurrenceInput(id, 'Advertisement\nThe Advertisement'),
    draft: (d) => {
      d.occurrences[0].anchor = { exact: 'Advertisement\nThe Advertisement' };
    },
  },
  {
    name: 'an inverted date interval',
    verdict: 'refused',
    bundle: (b) => {
      b.claims[0].appliesTo = inverted;
    },
    api: () => ({ query: ADD_CLAIM, variables: { input: { text: 'x', appliesTo: inverted } } }),
  },
  {
    name: 'a known precision without its interval',
    verdict: 'refused',
    bundle: (b) => {
      b.occurrences[0].said = open;
    },
    api: (id) => occurrenceInput(id, 'The harbour master said', { said: open }),
  },
  {
    name: 'a rating outside its scale',
    verdict: 'refused',
    bundle: (b, id) => {
      b.reviews = [
        {
          id: id('r'),
          claim: id('closed'),
          author: 'A',
          datePublished: '2024-01-01',
          rating: rating(9),
        },
      ];
    },
    api: (id) => ({
      query: ADD_REVIEW,
      variables: {
        input: {
          claimId: id('closed'),
          author: 'A',
          datePublished: '2024-01-01',
          rating: rating(9),
        },
      },
    }),
  },
  {
    name: 'a rating on its scale',
    verdict: 'accepted',
    bundle: (b, id) => {
      b.reviews = [
        {
          id: id('r'),
          claim: id('closed'),
          author: 'A',
          datePublished: '2024-01-01',
          rating: rating(2),
        },
      ];
    },
    api: (id) => ({
      query: ADD_REVIEW,
      variables: {
        input: {
          claimId: id('closed'),
          author: 'A',
          datePublished: '2024-01-01',
          rating: rating(2),
        },
      },
    }),
  },
  {
    name: 'a claim disputing itself',
    verdict: 'refused',
    bundle: (b) => {
      b.relations[0].from = b.relations[0].to;
    },
    api: (id) => ({
      query: ADD_DISPUTE,
      variables: {
        input: { fromClaimId: id('open'), toClaimId: id('open'), evidence: [id('o-open')] },
      },
    }),
  },
  {
    name: 'a publication reported by a person',
    verdict: 'refused',
    bundle: (b, id) => {
      b.occurrences[0].reportedBy = id('master');
    },
    api: (id) => occurrenceInput(id, 'The harbour master said', { reportedById: id('master') }),
  },
];

function anchor(exact: string) {
  const start = TEXT.indexOf(exact);
  return {
    exact,
    start,
    end: start + exact.length,
    prefix: TEXT.slice(Math.max(0, start - 32), start),
    suffix: TEXT.slice(start + exact.length, start + exact.length + 32),
  };
}

function baseBundle(tag: string) {
  const id = (s: string) => `${tag}:${s}`;
  const bundle = articleBundle(tag, TEXT, {
    entities: [
      { id: id('council'), kind: 'ORGANIZATION', name: `Council ${tag}` },
      { id: id('master'), kind: 'PERSON', name: `Harbour master ${tag}` },
    ],
    claims: [
      { id: id('closed'), text: 'The pier is closed.' },
      { id: id('open'), text: 'The pier is open.' },
    ],
    occurrences: [
      {
        id: id('o-closed'),
        claim: id('closed'),
        speaker: id('council'),
        reportedBy: `${tag}:desk`,
        verb: 'said',
        exact: 'council said the pier is closed',
      },
      {
        id: id('o-open'),
        claim: id('open'),
        speaker: id('master'),
        reportedBy: `${tag}:desk`,
        verb: 'said',
        exact: 'master said the pier is open',
      },
    ],
    relations: [
      {
        id: id('rel'),
        kind: 'DISPUTES',
        from: id('open'),
        to: id('closed'),
        evidence: [id('o-open'), id('o-closed')],
      },
    ],
  });
  return { ...bundle, furniture: ['Advertisement'] };
}

describe('one table of domain rules through every path', () => {
  let app: WriteTestApp;
  const stored = uniqueTag('rules');
  const storedId = (s: string) => `${stored}:${s}`;

  beforeAll(async () => {
    app = await createWriteTestApp(stored);
    await ingestBundle(app.graph, baseBundle(stored));
  });
  afterAll(() => app.close());

  it.each(
    CASES.flatMap((c) =>
      (['bundle', 'api', 'draft'] as Path[]).filter((p) => c[p]).map((p) => [c.name, p] as const),
    ),
  )(
    'when %s goes through the %s path, then it gets the verdict the table gives',
    async (name, path) => {
      const c = CASES.find((x) => x.name === name)!;
      let verdict: Verdict;
      if (path === 'bundle') {
        const tag = uniqueTag('rules-b');
        const bundle = structuredClone(baseBundle(tag)) as any;
        c.bundle!(bundle, (s) => `${tag}:${s}`);
        verdict = validateBundle(bundle).ok ? 'accepted' : 'refused';
      } else if (path === 'draft') {
        const tag = uniqueTag('rules-d');
        const draft = structuredClone(baseBundle(tag)) as any;
        delete draft.source.contentHash;
        draft.occurrences = draft.occurrences.map((o: any) => ({
          ...o,
          anchor: { exact: o.anchor.exact },
        }));
        c.draft!(draft);
        verdict = 'problems' in completeAnchors(draft, TEXT) ? 'refused' : 'accepted';
      } else {
        const { query, variables } = c.api!(storedId);
        const response = await app.gql(query, variables, { as: 'editor' });
        if (response.errors) expect(response.errors[0].extensions!.code).toBe('BAD_USER_INPUT');
        verdict = response.errors ? 'refused' : 'accepted';
      }
      expect(verdict).toBe(c.verdict);
    },
  );
});
