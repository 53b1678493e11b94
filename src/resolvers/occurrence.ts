import { Context } from '../graphql/context';
import { OccurrenceRecord, SourceRecord } from '../repositories/records';
import { intArgument } from './args';
import { loadAll, loadLinked } from './load-all';
import { decodeDate } from '../fuzzy-date';

export const Occurrence = {
  claim: (o: OccurrenceRecord, _: unknown, { repos }: Context) =>
    loadLinked(repos.claims.byId, o.claimId, 'claim'),
  speaker: (o: OccurrenceRecord, _: unknown, { repos }: Context) =>
    loadLinked(repos.entities.byId, o.speakerId, 'entity'),
  reportedBy: (o: OccurrenceRecord, _: unknown, { repos }: Context) =>
    loadLinked(repos.entities.byId, o.reportedById, 'entity'),
  source: (o: OccurrenceRecord, _: unknown, { repos }: Context) =>
    loadLinked(repos.sources.byId, o.sourceId, 'source'),
  quotedFrom: (o: OccurrenceRecord, _: unknown, { repos }: Context) =>
    o.quotedFromId ? repos.occurrences.byId.load(o.quotedFromId) : null,
  said: (o: OccurrenceRecord) => decodeDate(o, 'said'),
  published: (o: OccurrenceRecord) => decodeDate(o, 'published'),
  hearsayDepth: (o: OccurrenceRecord) => o.depth,
  quote: (o: OccurrenceRecord) => o,
  async chain(o: OccurrenceRecord, _: unknown, { repos }: Context) {
    const hops = await loadAll(repos.occurrences.byId, await repos.occurrences.chain.load(o.id));
    return hops.map((hop, i) => ({ position: i + 1, occurrence: hop }));
  },
};

export const ReportingHop = {
  speaker: (h: { occurrence: OccurrenceRecord }, _: unknown, { repos }: Context) =>
    loadLinked(repos.entities.byId, h.occurrence.speakerId, 'entity'),
  reportedBy: (h: { occurrence: OccurrenceRecord }, _: unknown, { repos }: Context) =>
    loadLinked(repos.entities.byId, h.occurrence.reportedById, 'entity'),
  verb: (h: { occurrence: OccurrenceRecord }) => h.occurrence.verb,
  published: (h: { occurrence: OccurrenceRecord }) => decodeDate(h.occurrence, 'published'),
};

export const Quote = {
  async context(o: OccurrenceRecord, args: { chars?: number | null }, { repos }: Context) {
    const chars = intArgument('chars', args.chars ?? 160, 0, 2000);
    const source = (await repos.sources.byId.load(o.sourceId)) as SourceRecord;
    return {
      before: source.text.slice(Math.max(0, o.start - chars), o.start),
      exact: source.text.slice(o.start, o.end),
      after: source.text.slice(o.end, o.end + chars),
    };
  },
};

export const Source = {
  publisher: (s: SourceRecord, _: unknown, { repos }: Context) =>
    loadLinked(repos.entities.byId, s.publisherId, 'entity'),
  published: (s: SourceRecord) => decodeDate(s, 'published'),
  furniture: (s: SourceRecord) => s.furniture ?? [],
};
