import type { StoredDate } from '../fuzzy-date';
import { Graph } from '../neo4j/graph';
import { OccurrenceRecord } from '../repositories/records';
import { compact, nodeIri, PROVENANCE_CONTEXT, storedDate } from './vocabulary';

/** An occurrence as the read API knows it, plus the first hop of its chain. */
type OccurrenceRow = OccurrenceRecord & { primarySourceId: string };

interface SourceRow extends StoredDate<'published'> {
  id: string;
  title: string | null;
  url: string | null;
  contentHash: string;
  language: string | null;
  publisherId: string;
}

interface AgentRow {
  id: string;
  name: string;
  kind: string;
  descriptor: string | null;
  affiliation: string[] | null;
  countMin: number | null;
  countMax: number | null;
  sameAs: string[] | null;
}

export interface ProvenanceRows {
  claim: StoredDate<'applies'> & { id: string; text: string; recordedAt: string };
  occurrences: OccurrenceRow[];
  sources: SourceRow[];
  agents: AgentRow[];
}

/** Everything a claim's provenance mentions, in one round trip; null when there is no such claim. */
export async function findClaimProvenance(
  graph: Graph,
  claimId: string,
): Promise<ProvenanceRows | null> {
  const [row] = await graph.read<ProvenanceRows>('exports/find-claim-provenance', { claimId });
  return row ?? null;
}

const AGENT_TYPES: Record<string, string[]> = {
  PERSON: ['prov:Agent', 'prov:Person', 'schema:Person'],
  ORGANIZATION: ['prov:Agent', 'prov:Organization', 'schema:Organization'],
  OUTLET: ['prov:Agent', 'prov:Organization', 'schema:Organization'],
};

function agentNode(a: AgentRow) {
  return compact({
    '@id': nodeIri(a.id),
    '@type': AGENT_TYPES[a.kind] ?? ['prov:Agent'],
    name: a.name,
    entityKind: a.kind,
    description: a.kind === 'ANONYMOUS_SOURCE' ? (a.descriptor ?? a.name) : undefined,
    affiliation: a.affiliation,
    countMin: a.countMin,
    countMax: a.countMax,
    sameAs: a.sameAs,
  });
}

function sourceNode(s: SourceRow) {
  return compact({
    '@id': nodeIri(s.id),
    '@type': ['prov:Entity', 'schema:CreativeWork'],
    name: s.title,
    url: s.url,
    inLanguage: s.language,
    contentHash: s.contentHash,
    published: storedDate(s, 'published'),
    publisher: nodeIri(s.publisherId),
    wasAttributedTo: nodeIri(s.publisherId),
  });
}

/**
 * One hop of a reporting chain: a prov:Entity attributed to its speaker, published by its outlet,
 * quoted from the hop before it (and so derived from it), with the chain's first hop as its primary
 * source. It is also the Web Annotation target of its exact words in the stored source text.
 */
function occurrenceNode(o: OccurrenceRow) {
  const relays = o.quotedFromId !== null;
  return compact({
    '@id': nodeIri(o.id),
    '@type': ['prov:Entity', 'oa:SpecificResource'],
    specializationOf: nodeIri(o.claimId),
    value: o.exact,
    wasAttributedTo: nodeIri(o.speakerId),
    publisher: nodeIri(o.reportedById),
    verb: o.verb,
    hearsayDepth: o.depth,
    wasQuotedFrom: relays ? nodeIri(o.quotedFromId!) : undefined,
    wasDerivedFrom: relays ? nodeIri(o.quotedFromId!) : undefined,
    hadPrimarySource: o.primarySourceId !== o.id ? nodeIri(o.primarySourceId) : undefined,
    said: storedDate(o, 'said'),
    published: storedDate(o, 'published'),
    recordedAt: o.recordedAt,
    hasSource: nodeIri(o.sourceId),
    hasSelector: [
      { '@type': 'oa:TextQuoteSelector', exact: o.exact, prefix: o.prefix, suffix: o.suffix },
      { '@type': 'oa:TextPositionSelector', start: o.start, end: o.end },
    ],
    contentHash: o.contentHash,
  });
}

/** PROV-O JSON-LD of one claim: the claim, each occurrence and chain hop, their sources and agents. */
export function provenanceDocument(rows: ProvenanceRows) {
  const claim = compact({
    '@id': nodeIri(rows.claim.id),
    '@type': ['prov:Entity', 'schema:Claim'],
    label: rows.claim.text,
    text: rows.claim.text,
    appliesTo: storedDate(rows.claim, 'applies'),
    recordedAt: rows.claim.recordedAt,
  });
  return {
    '@context': PROVENANCE_CONTEXT,
    '@graph': [
      claim,
      ...rows.occurrences.map(occurrenceNode),
      ...rows.sources.map(sourceNode),
      ...rows.agents.map(agentNode),
    ],
  };
}
