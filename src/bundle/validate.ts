import { checkAnchor, contentHash } from './anchor';
import { BundleValidationError, zodProblems, type BundleProblem } from './problems';
import { Bundle, bundleSchema, FuzzyDate } from './schema';
import {
  dateProblems,
  furnitureOf,
  furnitureProblem,
  ratingProblem,
  relayProblem,
  reporterProblem,
  selfRelationProblem,
} from '../domain/rules';

/** One thing wrong with a bundle (src/bundle/problems.ts); re-exported with the error for validation's callers. */
export type Problem = BundleProblem;
export { BundleValidationError };

/**
 * An id the bundle uses without declaring it: ingestion looks it up among the stored records, in
 * its own transaction, and refuses the bundle if it is not there. `kind` says what it must be;
 * `outlet` that the entity must be an OUTLET; `claim` that the occurrence must be of that claim.
 */
export interface StoredReference {
  path: string;
  id: string;
  kind: 'entity' | 'subject' | 'claim' | 'occurrence';
  outlet?: boolean;
  claim?: string;
}

export type Validation =
  | { ok: true; bundle: Bundle; text: string; stored: StoredReference[] }
  | { ok: false; problems: Problem[] };

/**
 * Checks a bundle as a whole: its shape, then every cross-reference, anchor and date. Returns every
 * problem found, never only the first, so a curator fixes a bundle in one pass. An id the bundle
 * does not declare may name a stored record: it is not a problem here but listed in `stored`,
 * for ingestion to look up (lookUpStoredReferences in src/ingest/ingest-bundle.ts).
 * `text` is the source text when the bundle names a textFile; otherwise `source.text` is used.
 */
export function validateBundle(input: unknown, text?: string): Validation {
  const parsed = bundleSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, problems: zodProblems(parsed.error) };
  }
  const bundle = parsed.data;
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  const sourceText = text ?? bundle.source.text;
  if (sourceText === undefined) {
    add('source', 'the bundle needs its source text: give source.text or source.textFile');
    return { ok: false, problems };
  }
  if (text !== undefined && bundle.source.text !== undefined && bundle.source.text !== text) {
    add('source.text', 'source.text and the file named by source.textFile differ');
  }
  const hash = contentHash(sourceText);
  if (hash !== bundle.source.contentHash) {
    add(
      'source.contentHash',
      `the text hashes to ${hash}, not ${bundle.source.contentHash}; anchors were made against another text`,
    );
  }

  // Ids: unique within each collection, and entity and event ids share one namespace because
  // a claim's subjects may name either.
  const seen = new Map<string, string>();
  const collections = [
    'entities',
    'events',
    'claims',
    'occurrences',
    'relations',
    'reviews',
  ] as const;
  for (const name of collections) {
    (bundle[name] as { id: string }[]).forEach((item, i) => {
      const where = `${name}[${i}].id`;
      const earlier = seen.get(item.id);
      if (earlier) add(where, `duplicate id "${item.id}", already used at ${earlier}`);
      else seen.set(item.id, where);
    });
  }

  const entities = new Map(bundle.entities.map((e) => [e.id, e]));
  const events = new Set(bundle.events.map((e) => e.id));
  const claims = new Set(bundle.claims.map((c) => c.id));
  const occurrences = new Map(bundle.occurrences.map((o) => [o.id, o]));
  const stored: StoredReference[] = [];
  const needEntity = (path: string, id: string | undefined) => {
    if (id !== undefined && !entities.has(id)) stored.push({ path, id, kind: 'entity' });
  };
  const needOutlet = (path: string, id: string) => {
    const entity = entities.get(id);
    if (!entity) stored.push({ path, id, kind: 'entity', outlet: true });
    else {
      const problem = reporterProblem(id, entity.kind);
      if (problem) add(path, problem);
    }
  };
  const needClaim = (path: string, id: string) => {
    if (!claims.has(id)) stored.push({ path, id, kind: 'claim' });
  };
  const checkDate = (path: string, date: FuzzyDate | undefined) => {
    if (date) for (const problem of dateProblems(date)) add(path, problem);
  };

  needOutlet('source.publisher', bundle.source.publisher);
  checkDate('source.published', bundle.source.published);

  bundle.entities.forEach((e, i) => {
    if (e.kind === 'ANONYMOUS_SOURCE' && !e.anonymous)
      add(`entities[${i}].anonymous`, 'an ANONYMOUS_SOURCE needs anonymous.descriptor');
    if (e.kind !== 'ANONYMOUS_SOURCE' && e.anonymous)
      add(
        `entities[${i}].anonymous`,
        `only ANONYMOUS_SOURCE entities take anonymous, not ${e.kind}`,
      );
    const count = e.anonymous?.count;
    if (count?.max !== undefined && count.max < count.min)
      add(`entities[${i}].anonymous.count`, `max ${count.max} is below min ${count.min}`);
    needEntity(`entities[${i}].partOf`, e.partOf);
    if (e.partOf === e.id) add(`entities[${i}].partOf`, 'an entity is not a part of itself');
    e.roles.forEach((r, j) => {
      needEntity(`entities[${i}].roles[${j}].of`, r.of);
      checkDate(`entities[${i}].roles[${j}].period`, r.period);
    });
  });

  bundle.events.forEach((ev, i) => {
    checkDate(`events[${i}].date`, ev.date);
    ev.places.forEach((p, j) => needEntity(`events[${i}].places[${j}]`, p));
    ev.participants.forEach((p, j) => needEntity(`events[${i}].participants[${j}]`, p));
  });

  bundle.claims.forEach((c, i) => {
    checkDate(`claims[${i}].appliesTo`, c.appliesTo);
    c.subjects.forEach((s, j) => {
      if (!entities.has(s) && !events.has(s))
        stored.push({ path: `claims[${i}].subjects[${j}]`, id: s, kind: 'subject' });
    });
  });

  const furniture = furnitureOf(sourceText, bundle.furniture);
  bundle.furniture.forEach((f, i) => {
    if (!furniture.some((span) => span.text === f))
      add(
        `furniture[${i}]`,
        `furniture "${f.slice(0, 40)}" is not a whole line of the source text`,
      );
  });

  bundle.occurrences.forEach((o, i) => {
    const at = `occurrences[${i}]`;
    needClaim(`${at}.claim`, o.claim);
    needEntity(`${at}.speaker`, o.speaker);
    needOutlet(`${at}.reportedBy`, o.reportedBy);
    if (o.quotedFrom !== undefined) {
      const relayed = occurrences.get(o.quotedFrom);
      if (!relayed)
        stored.push({
          path: `${at}.quotedFrom`,
          id: o.quotedFrom,
          kind: 'occurrence',
          claim: o.claim,
        });
      else {
        const problem = relayProblem(o.quotedFrom, relayed.claim, o.claim);
        if (problem) add(`${at}.quotedFrom`, problem);
      }
    }
    checkDate(`${at}.said`, o.said);
    checkDate(`${at}.published`, o.published);
    for (const message of checkAnchor(sourceText, o.anchor)) add(`${at}.anchor`, message);
    const inFurniture = furnitureProblem(furniture, o.anchor);
    if (inFurniture) add(`${at}.anchor`, inFurniture);
  });

  for (const [i, o] of bundle.occurrences.entries()) {
    const chain = new Set<string>([o.id]);
    for (let next = o.quotedFrom; next !== undefined; next = occurrences.get(next)?.quotedFrom) {
      if (chain.has(next)) {
        add(
          `occurrences[${i}].quotedFrom`,
          `the reporting chain from "${o.id}" loops back to "${next}"`,
        );
        break;
      }
      chain.add(next);
    }
  }

  bundle.relations.forEach((r, i) => {
    const at = `relations[${i}]`;
    needClaim(`${at}.from`, r.from);
    needClaim(`${at}.to`, r.to);
    const self = selfRelationProblem(r.kind, r.from, r.to);
    if (self) add(`${at}.to`, self);
    r.evidence.forEach((e, j) => {
      if (!occurrences.has(e))
        stored.push({ path: `${at}.evidence[${j}]`, id: e, kind: 'occurrence' });
    });
  });

  bundle.reviews.forEach((r, i) => {
    needClaim(`reviews[${i}].claim`, r.claim);
    const rating = ratingProblem(r.rating);
    if (rating) add(`reviews[${i}].rating.ratingValue`, rating);
  });

  return problems.length ? { ok: false, problems } : { ok: true, bundle, text: sourceText, stored };
}
