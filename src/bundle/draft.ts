import { z } from 'zod';
import { anchorQuote, checkAnchor, contentHash, furnitureSpans, overlaps, positionOf } from './anchor';
import { anchorSchema, bundleSchema, occurrenceSchema, sourceSchema, type Anchor, type BundleInput } from './schema';

/**
 * A draft bundle is what a curator writes by hand: the bundle, except that an occurrence's anchor
 * may give only the exact words (with a hint when they appear more than once) and the source's
 * content hash may be left out. `completeAnchors` turns a draft into a bundle against the text.
 */

export const anchorHintSchema = z
  .object({
    prefix: z.string().min(1).optional().describe('The text just before the quote ends with this.'),
    suffix: z.string().min(1).optional().describe('The text just after the quote starts with this.'),
    occurrence: z.number().int().min(1).optional().describe('1-based: the nth place left after prefix and suffix.'),
  })
  .strict();

export const partialAnchorSchema = z
  .object({
    exact: z.string().min(1).describe('The words in the source text, verbatim.'),
    hint: anchorHintSchema.optional().describe('Which place to pick when the words appear more than once.'),
  })
  .strict();

const draftAnchorSchema = z.union([anchorSchema, partialAnchorSchema], {
  error: 'an anchor is either complete {exact, prefix, suffix, start, end} or partial {exact, hint?}',
});

export const draftOccurrenceSchema = occurrenceSchema.extend({ anchor: draftAnchorSchema });

export const draftSourceSchema = sourceSchema.extend({ contentHash: sourceSchema.shape.contentHash.optional() });

export const draftBundleSchema = bundleSchema.extend({
  source: draftSourceSchema,
  occurrences: z.array(draftOccurrenceSchema).default([]),
});

export type PartialAnchor = z.infer<typeof partialAnchorSchema>;
type DraftAnchor = z.input<typeof draftAnchorSchema>;
export type DraftBundleInput = z.input<typeof draftBundleSchema>;

export interface BundleProblem {
  /** Where in the bundle, e.g. `occurrences[3].anchor.exact`. */
  path: string;
  message: string;
}

export type CompletionResult = { bundle: BundleInput } | { problems: BundleProblem[] };

/**
 * Completes every partial anchor against `text`, verifies every complete one, and sets the
 * content hash. Returns every problem found, or the bundle as the curator wrote it with only
 * anchors and hash filled in (defaults are not expanded), so that running it twice changes nothing.
 */
export function completeAnchors(draft: unknown, text: string): CompletionResult {
  const parsed = draftBundleSchema.safeParse(draft);
  if (!parsed.success) return { problems: zodProblems(parsed.error) };
  // The raw draft passed the schema; keep its shape so the written file stays as curated.
  const raw = draft as DraftBundleInput;

  const problems: BundleProblem[] = [];
  const hash = contentHash(text);
  if (raw.source.contentHash !== undefined && raw.source.contentHash !== hash) {
    problems.push({
      path: 'source.contentHash',
      message: `the text hashes to ${hash}, not ${raw.source.contentHash}: the text changed since the bundle was anchored; check every anchor, then remove source.contentHash to accept the new text`,
    });
  }

  const furniture = furnitureSpans(text, raw.furniture ?? []);
  (raw.furniture ?? []).forEach((entry, i) => {
    if (!furniture.some((span) => span.text === entry)) {
      problems.push({ path: `furniture[${i}]`, message: `${JSON.stringify(entry)} does not stand on lines of its own anywhere in the text` });
    }
  });

  const occurrences: z.input<typeof occurrenceSchema>[] = [];
  (raw.occurrences ?? []).forEach((occurrence, i) => {
    const path = `occurrences[${i}].anchor`;
    const anchor = completeAnchor(text, occurrence.anchor, path, problems);
    if (anchor === undefined) return;
    const span = furniture.find((f) => overlaps(f, anchor));
    if (span) {
      const at = positionOf(text, span.start);
      problems.push({
        path,
        message: `the quote overlaps page furniture ${JSON.stringify(span.text)} at line ${at.line}, column ${at.column}; furniture is not part of the article`,
      });
    }
    occurrences.push({ ...occurrence, anchor });
  });

  if (problems.length > 0) return { problems };
  const bundle: BundleInput = { ...raw, source: { ...raw.source, contentHash: hash }, occurrences };
  const check = bundleSchema.safeParse(bundle);
  if (!check.success) return { problems: zodProblems(check.error) };
  return { bundle };
}

/** `['occurrences', 3, 'anchor', 'exact']` → `occurrences[3].anchor.exact`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Zod issues as bundle problems; a failed union reports the branch that came closest. */
export function zodProblems(error: z.ZodError): BundleProblem[] {
  return flattenIssues(error.issues, []);
}

function flattenIssues(issues: readonly z.core.$ZodIssue[], base: readonly PropertyKey[]): BundleProblem[] {
  return issues.flatMap((issue) => {
    const path = [...base, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
      return [
        { path: formatPath(path), message: issue.message },
        ...flattenIssues(closest, path),
      ];
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: 'is not a field here' }));
    }
    return [{ path: formatPath(path), message: issue.message }];
  });
}

/** The complete anchor, or undefined after recording why there is none. */
function completeAnchor(text: string, anchor: DraftAnchor, path: string, problems: BundleProblem[]): Anchor | undefined {
  if (isPartial(anchor)) {
    const result = anchorQuote(text, anchor.exact, anchor.hint);
    if (result.ok) return result.anchor;
    problems.push({ path: `${path}.exact`, message: result.message });
    return undefined;
  }
  const found = checkAnchor(text, anchor);
  for (const message of found) problems.push({ path, message });
  return found.length === 0 ? anchor : undefined;
}

function isPartial(anchor: DraftAnchor): anchor is PartialAnchor {
  return !('start' in anchor);
}
