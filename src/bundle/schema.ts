import { z } from 'zod';

/**
 * The article bundle: one JSON document per curated article. This zod schema is the single
 * source of truth; the TypeScript types below and the JSON Schema in `schema/bundle.schema.json`
 * are derived from it. Cross-reference checks (unknown ids, anchors against the text) live in
 * `validate.ts`, because they need the whole bundle.
 */

const id = z
  .string()
  .min(1)
  .max(200)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9:._/-]*$/,
    'ids are letters, digits and : . _ - /, starting with a letter or digit',
  );

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are ISO 8601 calendar dates, YYYY-MM-DD');

export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR_PART', 'YEAR', 'DECADE', 'UNKNOWN'] as const;

/**
 * A date as the text wrote it, with the interval it stands for and how precise it is
 * (Wikidata time values keep a precision the same way). "late 2022" is
 * { text: "late 2022", earliest: "2022-09-01", latest: "2022-12-31", precision: "YEAR_PART" }.
 * An unknown date is { precision: "UNKNOWN" } with no interval.
 */
export const fuzzyDateSchema = z
  .object({
    text: z.string().min(1).optional().describe('The date as written in the source, verbatim.'),
    earliest: isoDate.optional().describe('First day the date can mean, inclusive.'),
    latest: isoDate.optional().describe('Last day the date can mean, inclusive.'),
    precision: z.enum(DATE_PRECISIONS).describe('How precise the written date is.'),
  })
  .strict();

export const ENTITY_KINDS = [
  'PERSON',
  'ORGANIZATION',
  'OUTLET',
  'ANONYMOUS_SOURCE',
  'PLACE',
  'PRODUCT',
  'THING',
] as const;

export const roleSchema = z
  .object({
    title: z.string().min(1).describe('The role, e.g. "head of Roscosmos".'),
    of: id.optional().describe('The entity the role is held in, if it is in the bundle.'),
    asWritten: z
      .string()
      .min(1)
      .optional()
      .describe('The words the source uses, e.g. "then-head of Roscosmos".'),
    period: fuzzyDateSchema.optional().describe('When the role was held, if known.'),
  })
  .strict();

export const anonymousSchema = z
  .object({
    descriptor: z.string().min(1).describe('How the source describes them, verbatim.'),
    affiliation: z
      .array(z.string().min(1))
      .default([])
      .describe('What is known of whom they work for.'),
    count: z
      .object({ min: z.number().int().min(1), max: z.number().int().min(1).optional() })
      .strict()
      .optional()
      .describe(
        'How many people the descriptor stands for, where the text says ("several" is min 2).',
      ),
  })
  .strict();

export const entitySchema = z
  .object({
    id,
    kind: z.enum(ENTITY_KINDS),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().min(1).optional(),
    sameAs: z
      .array(z.string().min(1))
      .default([])
      .describe('External identifiers, e.g. "wikidata:Q317521".'),
    roles: z.array(roleSchema).default([]),
    anonymous: anonymousSchema.optional().describe('Required for ANONYMOUS_SOURCE entities.'),
    partOf: id
      .optional()
      .describe(
        'The group whose members count as one origin: an outlet\'s owner, a wire service whose copy a subscriber runs (docs/model.md, "Independence").',
      ),
  })
  .strict();

/** W3C Web Annotation TextQuoteSelector + TextPositionSelector over the bundle's source text. */
export const anchorSchema = z
  .object({
    exact: z.string().min(1),
    prefix: z.string(),
    suffix: z.string(),
    start: z
      .number()
      .int()
      .min(0)
      .describe('0-based UTF-16 offset of the first character, inclusive.'),
    end: z
      .number()
      .int()
      .min(1)
      .describe('0-based UTF-16 offset after the last character, exclusive.'),
  })
  .strict();

export const sourceSchema = z
  .object({
    id,
    title: z.string().min(1).optional(),
    url: z.string().url().optional(),
    publisher: id.describe(
      'The outlet entity that published the text (may be an honestly unnamed one).',
    ),
    published: fuzzyDateSchema.describe('When the text was published.'),
    language: z.string().min(2).default('en'),
    textFile: z
      .string()
      .min(1)
      .optional()
      .describe('Path of the verbatim text, relative to the bundle file.'),
    text: z.string().min(1).optional().describe('The verbatim text itself, when not in textFile.'),
    contentHash: z
      .string()
      .regex(/^sha256:[0-9a-f]{64}$/)
      .describe('sha256 of the UTF-8 text; anchors are only valid against this exact text.'),
  })
  .strict();

export const eventSchema = z
  .object({
    id,
    name: z.string().min(1),
    description: z.string().min(1).optional(),
    date: fuzzyDateSchema,
    places: z.array(id).default([]),
    participants: z.array(id).default([]),
  })
  .strict();

export const claimSchema = z
  .object({
    id,
    text: z.string().min(1).describe("The proposition, in the curator's neutral words."),
    subjects: z.array(id).default([]).describe('Entities and events the claim is about.'),
    appliesTo: fuzzyDateSchema.optional().describe('The period the claim is about.'),
  })
  .strict();

/**
 * Why a source mentions a claim: to pass it on (REPORTS, the default) or only to dispute or deny
 * it (DISPUTES). The Fake News Challenge (FNC-1) labels a text's stance towards a claim the same
 * way; a mention made only to dispute never counts towards the claim's support.
 */
export const STANCES = ['REPORTS', 'DISPUTES'] as const;

export const occurrenceSchema = z
  .object({
    id,
    claim: id,
    speaker: id.describe('Who asserted it: a person, organization, outlet or anonymous source.'),
    reportedBy: id.describe('The outlet whose publication carries this hop.'),
    verb: z
      .string()
      .min(1)
      .describe('The reporting verb of this hop, e.g. "according to", "reportedly".'),
    quotedFrom: id
      .optional()
      .describe('The occurrence this hop relays, one step closer to the original speaker.'),
    said: fuzzyDateSchema.optional().describe('When the speaker said it.'),
    published: fuzzyDateSchema
      .optional()
      .describe("When this hop was published; defaults to the source's date."),
    anchor: anchorSchema.describe('The exact words in the source text that carry this hop.'),
    stance: z
      .enum(STANCES)
      .optional()
      .describe(
        'DISPUTES when the source mentions the claim only to dispute or deny it; REPORTS (the default) otherwise.',
      ),
  })
  .strict();

export const RELATION_KINDS = ['DISPUTES', 'SUPPORTS'] as const;

export const relationSchema = z
  .object({
    id,
    kind: z.enum(RELATION_KINDS),
    from: id.describe('The claim that disputes or supports.'),
    to: id.describe('The claim disputed or supported.'),
    evidence: z
      .array(id)
      .min(1)
      .describe('Occurrences that make the relation visible in the text.'),
    note: z.string().min(1).optional(),
  })
  .strict();

export const reviewSchema = z
  .object({
    id,
    claim: id,
    author: z.string().min(1),
    datePublished: isoDate,
    url: z.string().url().optional(),
    reviewBody: z.string().min(1).optional(),
    rating: z
      .object({
        ratingValue: z.number(),
        bestRating: z.number(),
        worstRating: z.number(),
        alternateName: z.string().min(1),
      })
      .strict(),
  })
  .strict();

export const bundleSchema = z
  .object({
    bundleVersion: z.literal(1),
    id,
    source: sourceSchema,
    entities: z.array(entitySchema).default([]),
    events: z.array(eventSchema).default([]),
    claims: z.array(claimSchema).default([]),
    occurrences: z.array(occurrenceSchema).default([]),
    relations: z.array(relationSchema).default([]),
    reviews: z.array(reviewSchema).default([]),
    furniture: z
      .array(z.string().min(1))
      .default([])
      .describe(
        'Verbatim page furniture kept out of the graph, listed so a reviewer sees it was seen.',
      ),
  })
  .strict();

export type FuzzyDate = z.infer<typeof fuzzyDateSchema>;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type EntityKind = (typeof ENTITY_KINDS)[number];
export type Entity = z.infer<typeof entitySchema>;
export type Anchor = z.infer<typeof anchorSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Event = z.infer<typeof eventSchema>;
export type Claim = z.infer<typeof claimSchema>;
export type Occurrence = z.infer<typeof occurrenceSchema>;
export type Stance = (typeof STANCES)[number];
export type Relation = z.infer<typeof relationSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type Bundle = z.infer<typeof bundleSchema>;
/** A bundle as written on disk, before defaults are filled in. */
export type BundleInput = z.input<typeof bundleSchema>;
