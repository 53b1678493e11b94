import { CONTEXT_LENGTH, contentHash } from '../../src/bundle/anchor';
import type { VerifiedClaim } from './clef';

export const SNOPES = 'outlet:snopes';
export const claimId = (id: string) => `claim:clef-vclaim-${id}`;
export const vclaimOf = (claimNodeId: string) => claimNodeId.replace(/^claim:clef-vclaim-/, '');

/**
 * The verified claims as bundles the ingestion path takes, `perBundle` claims each: Snopes'
 * wording of each claim becomes a claim's text, and its headline an occurrence of that claim,
 * said and published by Snopes and anchored in a source text made of the batch's headlines, one
 * a line. So the claim's text is what a curator writes and the headline what a source said.
 */
export function clefBundles(claims: VerifiedClaim[], perBundle = 1000): unknown[] {
  const bundles: unknown[] = [];
  for (let b = 0; b * perBundle < claims.length; b++) {
    const batch = claims.slice(b * perBundle, (b + 1) * perBundle);
    let text = '';
    const occurrences: unknown[] = [];
    const spans: { claim: VerifiedClaim; start: number; end: number }[] = [];
    for (const c of batch) {
      const headline = c.title.replace(/\s+/g, ' ').trim();
      if (headline.length === 0) continue;
      const start = text.length;
      text += headline;
      spans.push({ claim: c, start, end: text.length });
      text += '\n';
    }
    if (text.length === 0) text = 'Snopes fact checks (no headlines in this batch)\n';
    for (const { claim, start, end } of spans) {
      occurrences.push({
        id: `occurrence:clef-vclaim-${claim.id}`,
        claim: claimId(claim.id),
        speaker: SNOPES,
        reportedBy: SNOPES,
        verb: 'headlined',
        anchor: {
          exact: text.slice(start, end),
          prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
          suffix: text.slice(end, end + CONTEXT_LENGTH),
          start,
          end,
        },
      });
    }
    bundles.push({
      bundleVersion: 1,
      id: `bundle:clef2020-task2-vclaims-${b}`,
      source: {
        id: `source:clef2020-task2-vclaims-${b}`,
        title: `CLEF-2020 CheckThat! Task 2 verified claims, batch ${b}`,
        publisher: SNOPES,
        published: { precision: 'UNKNOWN' },
        text,
        contentHash: contentHash(text),
      },
      entities: [{ id: SNOPES, kind: 'OUTLET', name: 'Snopes' }],
      events: [],
      claims: batch.map((c) => ({ id: claimId(c.id), text: c.vclaim.replace(/\s+/g, ' ').trim() })),
      occurrences,
      relations: [],
      reviews: [],
    });
  }
  return bundles;
}
