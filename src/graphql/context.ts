import { Principal } from '../auth/roles';
import { Graph } from '../neo4j/graph';
import { createRepositories, Repositories } from '../repositories';
import { createHistory, History } from '../repositories/history';
import { createWrites, Writes } from '../mutations';

/** What every resolver receives: repositories for this request, never the raw driver. */
export interface Context {
  repos: Repositories;
  /** Corrections, states as of a moment, and the audit log. */
  history: History;
  /** Every write; each checks its input and records its audit entry in its own transaction. */
  writes: Writes;
  /** Who sent the request: null when no credential came with it. */
  principal: Principal | null;
}

export function createContext(graph: Graph, principal: Principal | null = null): Context {
  return {
    repos: createRepositories(graph),
    history: createHistory(graph),
    writes: createWrites(graph),
    principal,
  };
}
