import { cypherStatements } from './cypher';
import { Graph } from './graph';

/** Applies constraints and indexes from cypher/schema/, then waits until the indexes are online. */
export async function applySchema(graph: Graph): Promise<void> {
  for (const statement of cypherStatements('schema/constraints')) {
    await graph.runRaw(statement);
  }
  await graph.runRaw('CALL db.awaitIndexes(300)');
}
