import { Graph } from '../neo4j/graph';
import { createRepositories, Repositories } from '../repositories';

/** What every resolver receives: repositories for this request, never the raw driver. */
export interface Context {
  repos: Repositories;
}

export function createContext(graph: Graph): Context {
  return { repos: createRepositories(graph) };
}
