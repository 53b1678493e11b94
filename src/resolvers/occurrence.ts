import { Context } from '../graphql/context';
import type {
  OccurrenceResolvers,
  QuoteResolvers,
  ReportingHopResolvers,
  SourceResolvers,
} from '../graphql/generated';
import { SourceRecord } from '../repositories/records';
import { intArgument } from './args';
import { loadAll, loadLinked } from './load-all';
import { decodeDate } from '../fuzzy-date';

export const Occurrence: OccurrenceResolvers<Context> = {
  claim: (o, _, { repos }) => loadLinked(repos.claims.byId, o.claimId, 'claim'),
  speaker: (o, _, { repos }) => loadLinked(repos.entities.byId, o.speakerId, 'entity'),
  reportedBy: (o, _, { repos }) => loadLinked(repos.entities.byId, o.reportedById, 'entity'),
  source: (o, _, { repos }) => loadLinked(repos.sources.byId, o.sourceId, 'source'),
  quotedFrom: (o, _, { repos }) =>
    o.quotedFromId ? repos.occurrences.byId.load(o.quotedFromId) : null,
  said: (o) => decodeDate(o, 'said'),
  published: (o) => decodeDate(o, 'published'),
  hearsayDepth: (o) => o.depth,
  stance: (o) => (o.stance === 'DISPUTES' ? 'DISPUTES' : 'REPORTS'),
  quote: (o) => o,
  async chain(o, _, { repos }) {
    const hops = await loadAll(repos.occurrences.byId, await repos.occurrences.chain.load(o.id));
    return hops.map((hop, i) => ({ position: i + 1, occurrence: hop }));
  },
};

export const ReportingHop: ReportingHopResolvers<Context> = {
  speaker: (h, _, { repos }) => loadLinked(repos.entities.byId, h.occurrence.speakerId, 'entity'),
  reportedBy: (h, _, { repos }) =>
    loadLinked(repos.entities.byId, h.occurrence.reportedById, 'entity'),
  source: (h, _, { repos }) => loadLinked(repos.sources.byId, h.occurrence.sourceId, 'source'),
  verb: (h) => h.occurrence.verb,
  published: (h) => decodeDate(h.occurrence, 'published'),
};

export const Quote: QuoteResolvers<Context> = {
  async context(o, args, { repos }) {
    const chars = intArgument('chars', args.chars ?? 160, 0, 2000);
    const source = (await repos.sources.byId.load(o.sourceId)) as SourceRecord;
    return {
      before: source.text.slice(Math.max(0, o.start - chars), o.start),
      exact: source.text.slice(o.start, o.end),
      after: source.text.slice(o.end, o.end + chars),
    };
  },
};

export const Source: SourceResolvers<Context> = {
  publisher: (s, _, { repos }) => loadLinked(repos.entities.byId, s.publisherId, 'entity'),
  published: (s) => decodeDate(s, 'published'),
  furniture: (s) => s.furniture ?? [],
};
