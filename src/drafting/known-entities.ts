import { readBundleFile } from '../bundle/load';
import { nameKey } from '../bundle/names';
import { bundleSchema, type EntityKind } from '../bundle/schema';
import type { Graph } from '../neo4j/graph';

/** An entity that already exists, in the graph or in a curated bundle, that a draft can reuse. */
export interface KnownEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

/** Finds known entities by normalized name (nameKey), name and aliases alike. */
export interface KnownEntities {
  /** Where the entities come from, for the review summary. */
  readonly origin: string;
  find(keys: readonly string[]): Promise<Map<string, KnownEntity[]>>;
}

export const NO_KNOWN_ENTITIES: KnownEntities = {
  origin: 'nothing (matching turned off)',
  find: async () => new Map(),
};

/** Entities already in the graph, through cypher/drafting/find-entities-by-keys.cypher. */
export function knownEntitiesInGraph(graph: Graph): KnownEntities {
  return {
    origin: 'the graph',
    async find(keys) {
      const rows = await graph.read<{ key: string; entities: KnownEntity[] }>(
        'drafting/find-entities-by-keys',
        {
          keys: [...new Set(keys)],
        },
      );
      return new Map(rows.map((r) => [r.key, r.entities]));
    },
  };
}

/**
 * Entities of curated bundles, for drafting without a Neo4j: the seeds stand for the graph they
 * load into. A bundle that does not parse is skipped, not fatal: a draft is only a proposal.
 */
export function knownEntitiesInBundles(files: readonly string[], origin: string): KnownEntities {
  const byKey = new Map<string, KnownEntity[]>();
  for (const file of files) {
    const parsed = bundleSchema.safeParse(readBundleFile(file).input);
    if (!parsed.success) continue;
    for (const e of parsed.data.entities) {
      const known: KnownEntity = { id: e.id, kind: e.kind, name: e.name, aliases: e.aliases };
      for (const key of new Set([e.name, ...e.aliases].map(nameKey))) {
        const list = byKey.get(key) ?? [];
        if (!list.some((k) => k.id === known.id)) list.push(known);
        byKey.set(key, list);
      }
    }
  }
  return {
    origin,
    async find(keys) {
      const found = new Map<string, KnownEntity[]>();
      for (const key of keys) {
        const list = byKey.get(key);
        if (list) found.set(key, list);
      }
      return found;
    },
  };
}
