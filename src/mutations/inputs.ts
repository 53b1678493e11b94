import crypto from 'node:crypto';
import { z } from 'zod';
import { InvalidInputError } from './errors';
import { claimSchema, fuzzyDateSchema, reviewSchema, STANCES } from '../bundle/schema';
import { dateProblems, ratingProblem, selfRelationProblem } from '../domain/rules';

/**
 * Mutation inputs, checked with the bundle's own zod schemas (ids, dates, ratings) so that the API
 * accepts exactly what ingestion accepts, plus length limits a bundle file does not need.
 */

const id = claimSchema.shape.id;
const words = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const reason = words(2000);

const fuzzyDate = fuzzyDateSchema.superRefine((date, ctx) => {
  for (const message of dateProblems(date)) ctx.addIssue({ code: 'custom', message });
});

export const addClaimInput = z.object({
  id: id.optional(),
  text: words(2000),
  subjects: z.array(id).max(100).default([]),
  appliesTo: fuzzyDate.optional(),
});

export const addOccurrenceInput = z.object({
  id: id.optional(),
  claimId: id,
  sourceId: id,
  speakerId: id,
  reportedById: id,
  verb: words(100),
  exact: z.string().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
  hint: z
    .object({
      prefix: z.string().max(500).optional(),
      suffix: z.string().max(500).optional(),
      occurrence: z.number().int().min(1).max(100000).optional(),
    })
    .default({}),
  quotedFromId: id.optional(),
  stance: z.enum(STANCES).default('REPORTS'),
  said: fuzzyDate.optional(),
  published: fuzzyDate.optional(),
});

export const addRelationInput = (kind: 'DISPUTES' | 'SUPPORTS') =>
  z
    .object({
      id: id.optional(),
      fromClaimId: id,
      toClaimId: id,
      evidence: z.array(id).min(1, 'needs at least one occurrence').max(100),
      note: words(2000).optional(),
    })
    .superRefine((r, ctx) => {
      const message = selfRelationProblem(kind, r.fromClaimId, r.toClaimId);
      if (message) ctx.addIssue({ code: 'custom', message, path: ['toClaimId'] });
    });

export const addReviewInput = reviewSchema
  .extend({
    id: id.optional(),
    claimId: id,
    author: words(200),
    url: z.string().max(2000).url().optional(),
    reviewBody: words(10000).optional(),
    rating: reviewSchema.shape.rating.extend({ alternateName: words(100) }),
  })
  .omit({ claim: true })
  .superRefine((r, ctx) => {
    const message = ratingProblem(r.rating);
    if (message) ctx.addIssue({ code: 'custom', path: ['rating', 'ratingValue'], message });
  });

export const mergeEntitiesInput = z
  .object({ survivorId: id, duplicateId: id, reason })
  .refine((m) => m.survivorId !== m.duplicateId, {
    message: 'an entity cannot be merged into itself',
    path: ['duplicateId'],
  });

const expectedVersion = z.number().int().min(1).max(2_000_000_000);

export const recordCorrectionInput = z
  .object({
    claimId: id,
    expectedVersion,
    text: words(2000).optional(),
    appliesTo: fuzzyDate.optional(),
    reason,
  })
  .refine((c) => c.text !== undefined || c.appliesTo !== undefined, {
    message: 'give text or appliesTo: a correction must change something',
    path: ['text'],
  });

export const retractClaimInput = z.object({ claimId: id, expectedVersion, reason });

export const retractRelationInput = z.object({ relationId: id, reason });

/** GraphQL sends null for a field the client set to null; the zod schemas treat absent and null alike. */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== null)
        .map(([k, v]) => [k, withoutNulls(v)]),
    );
  }
  return value;
}

function pathOf(argument: string, path: PropertyKey[]): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    argument,
  );
}

export function parseInput<S extends z.ZodTypeAny>(
  schema: S,
  argument: string,
  value: unknown,
): z.output<S> {
  const parsed = schema.safeParse(withoutNulls(value));
  if (!parsed.success) {
    throw new InvalidInputError(
      argument,
      parsed.error.issues.map((i) => ({ path: pathOf(argument, i.path), message: i.message })),
    );
  }
  return parsed.data;
}

export function newId(kind: string): string {
  return `${kind}:${crypto.randomUUID()}`;
}
