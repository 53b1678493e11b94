import { Principal } from '../src/auth/roles';
import { Graph } from '../src/neo4j/graph';
import { createWrites } from '../src/mutations';
import { soakBundle } from './bundles';
import { askUntilAnswered, gql } from './client';
import { Question, ReadSamples } from './questions';

/**
 * Every write path once, through the service's own repository and with room, before the load:
 * Neo4j then has a plan for each write query. Planned cold on a loaded 2-core machine, one
 * ingestion took 21 s (3.8 s and 1.4 s the next two times), far past the soak's low query
 * timeout, and a transaction stopped by the timeout was tried again cold each time.
 */
export async function warmUp(graph: Graph, runId: string): Promise<void> {
  const writes = createWrites(graph);
  const actor: Principal = { id: 'soak-warm-up', role: 'admin', via: 'api-key' };
  const token = `sk${runId}warm`;
  const id = (s: string) => `${token}:${s}`;
  await writes.ingestBundle(actor, soakBundle(token));
  for (const [kind, name] of [
    ['DISPUTES', 'x-dispute'],
    ['SUPPORTS', 'x-support'],
  ] as const)
    await writes.addRelation(actor, kind, {
      id: id(name),
      fromClaimId: id('unsafe'),
      toClaimId: id('cracks-old'),
      evidence: [id('o-ada-gazette')],
    });
  await writes.recordCorrection(actor, {
    claimId: id('unsafe'),
    expectedVersion: 1,
    text: 'Warm-up correction.',
    reason: 'warm-up',
  });
  await writes.retractClaim(actor, {
    claimId: id('cracks-old'),
    expectedVersion: 1,
    reason: 'warm-up',
  });
  await writes.retractRelation(actor, { relationId: id('x-dispute'), reason: 'warm-up' });
  await writes.mergeEntities(actor, {
    survivorId: id('ada'),
    duplicateId: id('ada-dup'),
    reason: 'warm-up',
  });
}

/**
 * Every reader question once through the service before the clock starts, as a deployed service
 * has been asked them before: without it the steady phase's first reads are each question's cold
 * plan (seconds each on this machine, docs/reliability.md "Cold plans"), not the steady state.
 * A cold plan may outlast the soak's low query timeout, so each question is asked until answered.
 */
export async function warmReads(url: string, questions: Question[], samples: ReadSamples) {
  for (const [i, question] of questions.entries())
    await askUntilAnswered(`warm-up: question ${question.name}`, () =>
      gql(url, question.query, question.variables(i, samples), { timeoutMs: 120000 }),
    );
}
