import { checkAnchor, contentHash, furnitureSpans, overlaps } from './anchor';
import { BundleProblem, zodProblems } from './draft';
import { Bundle, bundleSchema, FuzzyDate } from './schema';

/** One thing wrong with a bundle: where (a path such as `occurrences[3].anchor.exact`) and what. */
export type Problem = BundleProblem;

export type Validation =
  { ok: true; bundle: Bundle; text: string } | { ok: false; problems: Problem[] };

/**
 * Checks a bundle as a whole: its shape, then every cross-reference, anchor and date. Returns every
 * problem found, never only the first, so a curator fixes a bundle in one pass.
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
  const needEntity = (path: string, id: string | undefined, what: string) => {
    if (id !== undefined && !entities.has(id))
      add(path, `unknown entity "${id}": ${what} must be an id in entities`);
  };
  const needOutlet = (path: string, id: string) => {
    const entity = entities.get(id);
    if (!entity) needEntity(path, id, 'the reporting outlet');
    else if (entity.kind !== 'OUTLET')
      add(path, `"${id}" is a ${entity.kind}, but a publication is reported by an OUTLET`);
  };
  const checkDate = (path: string, date: FuzzyDate | undefined) => {
    if (!date) return;
    if (date.earliest && date.latest && date.earliest > date.latest) {
      add(path, `inverted date interval: earliest ${date.earliest} is after latest ${date.latest}`);
    }
    if (date.precision !== 'UNKNOWN' && (!date.earliest || !date.latest)) {
      add(
        path,
        `a date with precision ${date.precision} needs both earliest and latest; use UNKNOWN when they are not known`,
      );
    }
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
    e.roles.forEach((r, j) => {
      needEntity(`entities[${i}].roles[${j}].of`, r.of, "a role's organization");
      checkDate(`entities[${i}].roles[${j}].period`, r.period);
    });
  });

  bundle.events.forEach((ev, i) => {
    checkDate(`events[${i}].date`, ev.date);
    ev.places.forEach((p, j) => needEntity(`events[${i}].places[${j}]`, p, "an event's place"));
    ev.participants.forEach((p, j) =>
      needEntity(`events[${i}].participants[${j}]`, p, "an event's participant"),
    );
  });

  bundle.claims.forEach((c, i) => {
    checkDate(`claims[${i}].appliesTo`, c.appliesTo);
    c.subjects.forEach((s, j) => {
      if (!entities.has(s) && !events.has(s))
        add(
          `claims[${i}].subjects[${j}]`,
          `unknown subject "${s}": not an entity or event of this bundle`,
        );
    });
  });

  const furniture = furnitureSpans(sourceText, bundle.furniture);
  bundle.furniture.forEach((f, i) => {
    if (!furniture.some((span) => span.text === f))
      add(
        `furniture[${i}]`,
        `furniture "${f.slice(0, 40)}" is not a whole line of the source text`,
      );
  });

  bundle.occurrences.forEach((o, i) => {
    const at = `occurrences[${i}]`;
    if (!claims.has(o.claim)) add(`${at}.claim`, `unknown claim "${o.claim}"`);
    needEntity(`${at}.speaker`, o.speaker, 'the speaker');
    needOutlet(`${at}.reportedBy`, o.reportedBy);
    if (o.quotedFrom !== undefined) {
      if (!occurrences.has(o.quotedFrom))
        add(`${at}.quotedFrom`, `unknown occurrence "${o.quotedFrom}"`);
      else if (occurrences.get(o.quotedFrom)!.claim !== o.claim)
        add(
          `${at}.quotedFrom`,
          `"${o.quotedFrom}" is an occurrence of another claim; a reporting chain relays one claim`,
        );
    }
    checkDate(`${at}.said`, o.said);
    checkDate(`${at}.published`, o.published);
    for (const message of checkAnchor(sourceText, o.anchor)) add(`${at}.anchor`, message);
    if (furniture.some((span) => overlaps(span, o.anchor)))
      add(
        `${at}.anchor`,
        'the anchor falls inside page furniture, which is not a claim of the article',
      );
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
    if (!claims.has(r.from))
      add(
        `${at}.from`,
        `unknown claim "${r.from}": a ${r.kind} relation must start at a claim of this bundle`,
      );
    if (!claims.has(r.to))
      add(
        `${at}.to`,
        `unknown claim "${r.to}": the ${r.kind.toLowerCase()} claim points at nothing`,
      );
    if (r.from === r.to)
      add(`${at}.to`, `a claim cannot ${r.kind === 'DISPUTES' ? 'dispute' : 'support'} itself`);
    r.evidence.forEach((e, j) => {
      if (!occurrences.has(e)) add(`${at}.evidence[${j}]`, `unknown occurrence "${e}"`);
    });
  });

  bundle.reviews.forEach((r, i) => {
    if (!claims.has(r.claim)) add(`reviews[${i}].claim`, `unknown claim "${r.claim}"`);
    const { ratingValue, bestRating, worstRating } = r.rating;
    const [low, high] = [Math.min(bestRating, worstRating), Math.max(bestRating, worstRating)];
    if (ratingValue < low || ratingValue > high)
      add(
        `reviews[${i}].rating.ratingValue`,
        `${ratingValue} is outside ${worstRating}..${bestRating}`,
      );
  });

  return problems.length ? { ok: false, problems } : { ok: true, bundle, text: sourceText };
}

export class BundleValidationError extends Error {
  override name = 'BundleValidationError';
  constructor(readonly problems: Problem[]) {
    super(`The bundle is invalid:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  }
}
