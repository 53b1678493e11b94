import type { Graph } from '../neo4j/graph';

/**
 * How `connection` searches (docs/connections.md). The embedded launcher registers
 * `claimgraph.shortestConnection`, a bidirectional search that expands the side with fewer
 * relationships and reads at most a budget of them; a Neo4j without it (the official image) is
 * asked shortestPath() instead. Found once by applySchema, as claimgraph.embed is.
 */
let hasProcedure = false;

/** Relationships the procedure may read per search before it answers `complete: false`. */
export const DEFAULT_CONNECTION_BUDGET = 1_000_000;
let budget = DEFAULT_CONNECTION_BUDGET;

export const connectionProcedureAvailable = (): boolean => hasProcedure;
export const connectionBudget = (): number => budget;

/** Asks the store whether claimgraph.shortestConnection exists; applySchema calls it at start-up. */
export async function detectConnectionProcedure(graph: Graph): Promise<boolean> {
  hasProcedure = (await graph.read('entities/find-shortest-connection-procedure')).length > 0;
  return hasProcedure;
}

/**
 * Sets the search from the configuration (CONNECTION_BUDGET); `useProcedure: false` forces the
 * shortestPath() fallback, as on a store without the procedure (the tests use it).
 */
export function configureConnectionSearch(options: {
  budget?: number;
  useProcedure?: boolean;
}): void {
  if (options.budget !== undefined) budget = options.budget;
  if (options.useProcedure === false) hasProcedure = false;
}
