import type { Graph, GraphTransaction } from '../neo4j/graph';

/**
 * Whether the Neo4j in use can embed text (`claimgraph.embed`, which the embedded launcher
 * registers; docs/matching.md). Found once by applySchema. When it can, every write that
 * refreshes a claim's matchText also writes its matchEmbedding, and matchClaims ranks by words
 * and meaning; when it cannot (a server without the plugin), matchClaims ranks by words alone.
 */
let canEmbed = false;

export const embeddingsAvailable = (): boolean => canEmbed;

/** Asks the store whether claimgraph.embed exists; applySchema calls it at start-up. */
export async function detectEmbeddings(graph: Graph): Promise<boolean> {
  canEmbed = (await graph.read('matching/find-embed-function')).length > 0;
  return canEmbed;
}

/**
 * Writes the claims' matchText (their text and occurrences' words) and, where the store can
 * embed, the embedding of their text: what matchClaims' two indexes read.
 */
export async function refreshMatchText(tx: GraphTransaction, ids: string[]): Promise<void> {
  await tx.run('matching/refresh-match-text', { ids });
  if (canEmbed) await tx.run('matching/refresh-match-embedding', { ids });
}
