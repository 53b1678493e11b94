import { decodeDate, type StoredDate } from '../fuzzy-date';
import { Graph } from '../neo4j/graph';
import { Slice, sliceParams } from '../neo4j/slice';
import { compact, nodeIri, SCHEMA_CONTEXT } from './vocabulary';

interface AgentRow {
  id: string;
  name: string;
  kind: string;
}

interface AppearanceRow extends StoredDate<'published'> {
  id: string;
  exact: string;
  depth: number;
  verb: string;
  speaker: AgentRow;
  outlet: AgentRow;
  source: { id: string; title: string | null; url: string | null };
}

interface ReviewRow {
  id: string;
  author: string;
  datePublished: string;
  url: string | null;
  reviewBody: string | null;
  ratingValue: number;
  bestRating: number;
  worstRating: number;
  alternateName: string;
}

export interface ReviewedClaimRow {
  id: string;
  text: string;
  reviews: ReviewRow[];
  appearances: AppearanceRow[];
}

/** Reviewed claims by id, in one round trip; ids with no claim or no review are left out. */
export async function findReviewedClaims(graph: Graph, ids: string[]): Promise<ReviewedClaimRow[]> {
  if (ids.length === 0) return [];
  const rows = await graph.read<{ claim: ReviewedClaimRow }>('exports/find-claim-reviews', { ids });
  return rows.map((r) => r.claim);
}

/** One page of reviewed claims in id order, and how many there are in all. */
export async function listReviewedClaims(
  graph: Graph,
  slice: Slice,
): Promise<{ total: number; claims: ReviewedClaimRow[] }> {
  const [page] = await graph.read<{ total: number; ids: string[] }>(
    'exports/list-reviewed-claims',
    sliceParams(slice),
  );
  return { total: page.total, claims: await findReviewedClaims(graph, page.ids) };
}

/** schema.org has no type for an unnamed source; it stays a Thing that says what it is. */
function agent(row: AgentRow) {
  const type =
    row.kind === 'PERSON'
      ? 'Person'
      : row.kind === 'ORGANIZATION' || row.kind === 'OUTLET'
        ? 'Organization'
        : 'Thing';
  return compact({
    '@type': type,
    '@id': nodeIri(row.id),
    name: row.name,
    description:
      row.kind === 'ANONYMOUS_SOURCE'
        ? 'An anonymous source, named as the report describes it.'
        : undefined,
  });
}

/** A publication date only where the source pins it to a day; fuzzy dates are not schema.org Dates. */
function exactDay(row: AppearanceRow): string | undefined {
  const published = decodeDate(row, 'published');
  return published?.earliest && published.earliest === published.latest
    ? published.earliest
    : undefined;
}

function appearance(row: AppearanceRow) {
  return compact({
    '@type': 'CreativeWork',
    '@id': nodeIri(row.id),
    text: row.exact,
    author: agent(row.speaker),
    publisher: agent(row.outlet),
    datePublished: exactDay(row),
    isPartOf: compact({
      '@type': 'CreativeWork',
      '@id': nodeIri(row.source.id),
      name: row.source.title,
      url: row.source.url,
    }),
  });
}

/** The Claim a review rates: who first said it (the original speakers) and every appearance, first one first. */
function claimNode(claim: ReviewedClaimRow) {
  const originals = claim.appearances.filter((a) => a.depth === 1);
  const authors = [...new Map(originals.map((a) => [a.speaker.id, agent(a.speaker)])).values()];
  return compact({
    '@type': 'Claim',
    '@id': nodeIri(claim.id),
    text: claim.text,
    author: authors,
    firstAppearance: claim.appearances.length > 0 ? appearance(claim.appearances[0]) : undefined,
    appearance: claim.appearances.map(appearance),
  });
}

function claimReview(claim: ReviewedClaimRow, review: ReviewRow) {
  return compact({
    '@type': 'ClaimReview',
    '@id': nodeIri(review.id),
    url: review.url,
    datePublished: review.datePublished,
    author: { '@type': 'Organization', name: review.author },
    claimReviewed: claim.text,
    reviewBody: review.reviewBody,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: review.ratingValue,
      bestRating: review.bestRating,
      worstRating: review.worstRating,
      alternateName: review.alternateName,
    },
    itemReviewed: claimNode(claim),
  });
}

/** schema.org ClaimReview JSON-LD: one ClaimReview per review of each claim, in a single graph. */
export function claimReviewDocument(claims: ReviewedClaimRow[]) {
  return {
    '@context': SCHEMA_CONTEXT,
    '@graph': claims.flatMap((claim) => claim.reviews.map((review) => claimReview(claim, review))),
  };
}
