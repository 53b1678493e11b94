import neo4j from 'neo4j-driver';
import { Graph } from '../neo4j/graph';

export interface SubgraphNode {
  id: string;
  type: 'ENTITY' | 'CLAIM' | 'EVENT';
  kind: string | null;
  label: string;
  date: string | null;
  earliest: string | null;
  disputed: boolean | null;
  distance: number;
}

export interface SubgraphEdge {
  source: string;
  target: string;
  relation: string;
}

export interface Subgraph {
  center: string;
  depth: number;
  truncated: boolean;
  nodes: SubgraphNode[];
  edges: SubgraphEdge[];
}

/** Largest subgraph an export may hold; a Gephi user asks for more by narrowing the centre or depth. */
export const MAX_SUBGRAPH_NODES = 2000;

/**
 * The entities, claims and events within `depth` entity-to-entity steps of one entity, and the
 * links among them: two round trips whatever the size. Null when there is no such entity.
 */
export async function findSubgraph(
  graph: Graph,
  entityId: string,
  depth: number,
  maxNodes: number,
): Promise<Subgraph | null> {
  const [found] = await graph.read<{ truncated: boolean; nodes: SubgraphNode[] }>(
    'exports/find-subgraph-nodes',
    {
      entityId,
      depth: neo4j.int(depth),
      maxNodes: neo4j.int(maxNodes),
    },
  );
  if (!found) return null;
  const idsOf = (type: SubgraphNode['type']) =>
    found.nodes.filter((n) => n.type === type).map((n) => n.id);
  const edges = await graph.read<SubgraphEdge>('exports/find-subgraph-edges', {
    ids: found.nodes.map((n) => n.id),
    claimIds: idsOf('CLAIM'),
    eventIds: idsOf('EVENT'),
  });
  return { center: entityId, depth, truncated: found.truncated, nodes: found.nodes, edges };
}

type Scalar = string | number | boolean | null | undefined;

/** XML 1.0 forbids most control characters even when escaped; they are dropped, everything else is escaped. */
// eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids are the point
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function xml(value: string): string {
  return value
    .replace(XML_FORBIDDEN, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const NODE_KEYS = [
  { id: 'label', type: 'string' },
  { id: 'type', type: 'string' },
  { id: 'kind', type: 'string' },
  { id: 'date', type: 'string' },
  { id: 'earliest', type: 'string' },
  { id: 'disputed', type: 'boolean' },
  { id: 'distance', type: 'int' },
] as const;

/** GraphML (graphml.graphdrawing.org) as Gephi, yEd and NetworkX read it: typed keys, directed edges labelled by relation. */
export function toGraphml(subgraph: Subgraph): string {
  const data = (key: string, value: Scalar) =>
    value === null || value === undefined ? '' : `<data key="${key}">${xml(String(value))}</data>`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="center" for="graph" attr.name="center" attr.type="string"/>',
    '  <key id="depth" for="graph" attr.name="depth" attr.type="int"/>',
    '  <key id="truncated" for="graph" attr.name="truncated" attr.type="boolean"/>',
    ...NODE_KEYS.map(
      (k) => `  <key id="${k.id}" for="node" attr.name="${k.id}" attr.type="${k.type}"/>`,
    ),
    '  <key id="relation" for="edge" attr.name="label" attr.type="string"/>',
    `  <graph id="${xml(subgraph.center)}" edgedefault="directed">`,
    `    ${data('center', subgraph.center)}${data('depth', subgraph.depth)}${data('truncated', subgraph.truncated)}`,
    ...subgraph.nodes.map(
      (n) =>
        `    <node id="${xml(n.id)}">${NODE_KEYS.map((k) => data(k.id, n[k.id])).join('')}</node>`,
    ),
    ...subgraph.edges.map(
      (e, i) =>
        `    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}">${data('relation', e.relation)}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
    '',
  ];
  return lines.join('\n');
}

/** One RFC 4180 field: quoted when it holds a comma, quote or line break; the text itself is kept verbatim. */
function csvField(value: Scalar): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(header: string[], rows: Scalar[][]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** Gephi's node table: `Id` and `Label` are the columns it recognises, the rest become attributes. */
export function toNodesCsv(subgraph: Subgraph): string {
  return csv(
    ['Id', 'Label', 'Type', 'Kind', 'Date', 'Earliest', 'Disputed', 'Distance'],
    subgraph.nodes.map((n) => [
      n.id,
      n.label,
      n.type,
      n.kind,
      n.date,
      n.earliest,
      n.disputed,
      n.distance,
    ]),
  );
}

/** Gephi's edge table: `Source`, `Target`, `Type` (Directed) and `Label` are the columns it recognises. */
export function toEdgesCsv(subgraph: Subgraph): string {
  return csv(
    ['Source', 'Target', 'Type', 'Label'],
    subgraph.edges.map((e) => [e.source, e.target, 'Directed', e.relation]),
  );
}
