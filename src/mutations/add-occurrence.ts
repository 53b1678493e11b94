import neo4j from 'neo4j-driver';
import type { Principal } from '../auth/principal';
import { anchorQuote } from '../bundle/anchor';
import { Problem } from '../bundle/validate';
import { furnitureOf, furnitureProblem, relayProblem, reporterProblem } from '../domain/rules';
import { decodeDate, type StoredDate } from '../fuzzy-date';
import { occurrenceDates } from '../ingest/ingest-bundle';
import { Graph } from '../neo4j/graph';
import { recordAudit } from './audit';
import { addOccurrenceInput, newId, parseInput } from './inputs';
import { OccurrencePayloadRecord } from './payloads';
import { refuseIfAny, refuseIfTaken } from './references';
import { refreshSourcing } from './sourcing';

/**
 * An editor adds a hop of a claim to a stored source: the quote is anchored in the source's text
 * (never in its furniture), the speaker, outlet and claim must be stored, and a relayed hop, in
 * this source or another, must be of the same claim. The claim's sourcing is counted again.
 */
export async function addOccurrence(
  graph: Graph,
  actor: Principal,
  raw: unknown,
): Promise<OccurrencePayloadRecord> {
  const input = parseInput(addOccurrenceInput, 'input', raw);
  const id = input.id ?? newId('occurrence');
  return graph.writeTransaction(async (tx) => {
    const [ctx] = await tx.run<{
      source:
        | ({
            text: string;
            contentHash: string;
            furniture: string[] | null;
          } & StoredDate<'published'>)
        | null;
      speakerKind: string | null;
      outletKind: string | null;
      claimExists: boolean;
      relayed: { depth: number | null; claimId: string | null } | null;
      taken: boolean;
    }>('mutations/find-occurrence-context', {
      ...input,
      quotedFromId: input.quotedFromId ?? null,
      id,
    });
    const problems: Problem[] = [];
    if (!ctx.claimExists)
      problems.push({ path: 'input.claimId', message: `no claim with id "${input.claimId}"` });
    if (!ctx.source)
      problems.push({
        path: 'input.sourceId',
        message: `no source with id "${input.sourceId}"`,
      });
    if (!ctx.speakerKind)
      problems.push({
        path: 'input.speakerId',
        message: `no entity with id "${input.speakerId}"`,
      });
    if (!ctx.outletKind)
      problems.push({
        path: 'input.reportedById',
        message: `no entity with id "${input.reportedById}"`,
      });
    else {
      const message = reporterProblem(input.reportedById, ctx.outletKind);
      if (message) problems.push({ path: 'input.reportedById', message });
    }
    if (input.quotedFromId !== undefined) {
      if (!ctx.relayed)
        problems.push({
          path: 'input.quotedFromId',
          message: `no occurrence with id "${input.quotedFromId}"`,
        });
      else {
        const message = relayProblem(input.quotedFromId, ctx.relayed.claimId!, input.claimId);
        if (message) problems.push({ path: 'input.quotedFromId', message });
      }
    }
    let anchor:
      { exact: string; prefix: string; suffix: string; start: number; end: number } | undefined;
    if (ctx.source) {
      const found = anchorQuote(ctx.source.text, input.exact, input.hint);
      if (!found.ok)
        problems.push({
          path: found.reason === 'ambiguous' ? 'input.hint' : 'input.exact',
          message: found.message,
        });
      else {
        anchor = found.anchor;
        const furniture = furnitureOf(ctx.source.text, ctx.source.furniture ?? []);
        const message = furnitureProblem(furniture, found.anchor);
        if (message) problems.push({ path: 'input.exact', message });
      }
    }
    refuseIfAny(problems);
    refuseIfTaken(ctx.taken, 'an occurrence', id);
    const s = ctx.source!;
    const published = input.published ?? decodeDate(s, 'published');
    await tx.run('ingest/upsert-occurrences', {
      sourceId: input.sourceId,
      occurrences: [
        {
          id,
          claim: input.claimId,
          speaker: input.speakerId,
          reportedBy: input.reportedById,
          verb: input.verb,
          stance: input.stance,
          depth: neo4j.int(ctx.relayed ? (ctx.relayed.depth ?? 1) + 1 : 1),
          anchor: { ...anchor!, start: neo4j.int(anchor!.start), end: neo4j.int(anchor!.end) },
          dates: occurrenceDates(input.said, published),
        },
      ],
    });
    if (input.quotedFromId)
      await tx.run('ingest/link-reporting-chains', {
        links: [{ from: id, to: input.quotedFromId }],
      });
    const [supported] = await tx.run<{ ids: string[] }>('mutations/find-supported-claims', {
      id: input.claimId,
    });
    await refreshSourcing(tx, [input.claimId, ...supported.ids]);
    const auditId = await recordAudit(tx, actor, {
      action: 'ADD_OCCURRENCE',
      summary: `added occurrence ${id} of claim ${input.claimId} in source ${input.sourceId}`,
      targetIds: [id, input.claimId],
      claimIds: [input.claimId],
      entityIds: [input.speakerId, input.reportedById],
      changes: { input: { ...input, id }, anchor },
    });
    return { occurrenceId: id, claimId: input.claimId, auditId };
  });
}
