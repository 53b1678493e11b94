import { z } from 'zod';
import {
  anchorQuote,
  checkAnchor,
  contentHash,
  furnitureSpans,
  overlaps,
  positionOf,
} from './anchor';
import {
  anchorSchema,
  bundleSchema,
  fuzzyDateSchema,
  occurrenceSchema,
  sourceSchema,
  type Anchor,
  type BundleInput,
} from './schema';
import { BundleValidationError, zodProblems, type BundleProblem } from './problems';

/**
 * A draft bundle is what a curator writes by hand: the bundle, except that an occurrence's anchor
 * may give only the exact words (with a hint when they appear more than once) and the source's
 * content hash may be left out. `completeAnchors` turns a draft into a bundle against the text.
 */

export const anchorHintSchema = z
  .object({
    prefix: z.string().min(1).optional().describe('The text just before the quote ends with this.'),
    suffix: z
      .string()
      .min(1)
      .optional()
      .describe('The text just after the quote starts with this.'),
    occurrence: z
      .number()
      .int()
      .min(1)
      .optional()
      .describe('1-based: the nth place left after prefix and suffix.'),
  })
  .strict();

export const partialAnchorSchema = z
  .object({
    exact: z.string().min(1).describe('The words in the source text, verbatim.'),
    hint: anchorHintSchema
      .optional()
      .describe('Which place to pick when the words appear more than once.'),
  })
  .strict();

const draftAnchorSchema = z.union([anchorSchema, partialAnchorSchema], {
  error:
    'an anchor is either complete {exact, prefix, suffix, start, end} or partial {exact, hint?}',
});

export const draftOccurrenceSchema = occurrenceSchema.extend({ anchor: draftAnchorSchema });

export const draftSourceSchema = sourceSchema.extend({
  contentHash: sourceSchema.shape.contentHash.optional(),
});

const line = z.number().int().min(1);

/**
 * What `npm run draft` leaves for the curator beside the proposed bundle: the furniture it cut,
 * a note on every proposal that needs a look, and the dates it found with how it read them.
 * Completing the anchors drops this section, so it never reaches the graph.
 */
export const curationSchema = z
  .object({
    note: z.string().min(1).optional(),
    matchedAgainst: z
      .string()
      .min(1)
      .optional()
      .describe('Where known entities were looked up: the graph, the seeds, or nothing.'),
    furniture: z
      .array(z.object({ line, rule: z.string().min(1), text: z.string() }).strict())
      .default([])
      .describe('Each furniture line found, with the rule that found it.'),
    doubtfulFurniture: z
      .array(z.object({ line, reason: z.string().min(1), text: z.string() }).strict())
      .default([])
      .describe('Lines that looked like furniture but were kept as article text.'),
    review: z
      .array(
        z
          .object({
            about: z
              .string()
              .min(1)
              .describe('The id (or path) of the proposal the note is about.'),
            confidence: z.enum(['high', 'medium', 'low']).optional(),
            decide: z
              .boolean()
              .optional()
              .describe('True when the draft could not decide and the curator must.'),
            message: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    candidates: z
      .object({
        dates: z
          .array(
            z
              .object({
                date: fuzzyDateSchema,
                line,
                column: line,
                relativeTo: z.string().min(1).optional(),
              })
              .strict(),
          )
          .default([]),
      })
      .strict()
      .optional(),
  })
  .strict();

export const draftBundleSchema = bundleSchema.extend({
  source: draftSourceSchema,
  occurrences: z.array(draftOccurrenceSchema).default([]),
  curation: curationSchema
    .optional()
    .describe('Drafting notes for the curator; dropped when anchors are completed.'),
});

export type PartialAnchor = z.infer<typeof partialAnchorSchema>;
type DraftAnchor = z.input<typeof draftAnchorSchema>;
export type DraftBundleInput = z.input<typeof draftBundleSchema>;

export type CompletionResult = { bundle: BundleInput } | { problems: BundleProblem[] };

/**
 * Completes every partial anchor against `text`, verifies every complete one, and sets the
 * content hash. Returns every problem found, or the bundle as the curator wrote it with only
 * anchors and hash filled in (defaults are not expanded), so that running it twice changes nothing.
 */
export function completeAnchors(draft: unknown, text: string): CompletionResult {
  const parsed = draftBundleSchema.safeParse(draft);
  if (!parsed.success) return { problems: zodProblems(parsed.error) };
  // The raw draft passed the schema; keep its shape so the written file stays as curated,
  // less the drafting notes, which are for the curator and not part of a bundle.
  const { curation: _notes, ...raw } = draft as DraftBundleInput;

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
      problems.push({
        path: `furniture[${i}]`,
        message: `${JSON.stringify(entry)} does not stand on lines of its own anywhere in the text`,
      });
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

/** The complete anchor, or undefined after recording why there is none. */
function completeAnchor(
  text: string,
  anchor: DraftAnchor,
  path: string,
  problems: BundleProblem[],
): Anchor | undefined {
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

/** A draft still needs its anchors completed: a partial anchor, no content hash, or drafting notes. */
export function isDraft(input: unknown): boolean {
  if (!isRecord(input)) return false;
  if ('curation' in input) return true;
  if (isRecord(input.source) && input.source.contentHash === undefined) return true;
  const occurrences = Array.isArray(input.occurrences) ? input.occurrences : [];
  return occurrences.some((o) => isRecord(o) && isRecord(o.anchor) && !('start' in o.anchor));
}

/**
 * What ingestion loads from a bundle file: a complete bundle as it is, a draft with its anchors
 * completed against `text` (or source.text). A draft that does not complete throws every problem.
 */
export function bundleForIngestion(input: unknown, text: string | undefined): unknown {
  if (!isDraft(input)) return input;
  const source = isRecord(input) && isRecord(input.source) ? input.source : {};
  const sourceText = text ?? (typeof source.text === 'string' ? source.text : undefined);
  if (sourceText === undefined) {
    throw new BundleValidationError([
      {
        path: 'source',
        message:
          'a draft needs its source text to be anchored: give source.textFile or source.text',
      },
    ]);
  }
  const result = completeAnchors(input, sourceText);
  if ('problems' in result) throw new BundleValidationError(result.problems);
  return result.bundle;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
