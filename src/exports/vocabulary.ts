import { decodeDate, type DatePrefix, type StoredDate } from '../fuzzy-date';

/**
 * The vocabularies the exports speak and the JSON-LD contexts that map their terms. Contexts are
 * inlined in every document rather than referenced by URL, so a consumer (or a test with no
 * network) expands them without fetching anything.
 */

export const SCHEMA = 'https://schema.org/';
export const PROV = 'http://www.w3.org/ns/prov#';
export const OA = 'http://www.w3.org/ns/oa#';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
/** claimgraph's own terms, for what no standard names: the reporting verb, hearsay depth, fuzzy dates. */
export const CLAIMGRAPH = 'urn:claimgraph:vocab:';

/**
 * The IRI of a stored node. A URN rather than an address of this service, so an export names the
 * same node whichever host served it; ids are letters, digits and `: . _ - /` (bundle schema), all
 * allowed in a URN.
 */
export function nodeIri(id: string): string {
  return `urn:claimgraph:${id}`;
}

const iri = (id: string) => ({ '@id': id, '@type': '@id' });

/** schema.org terms, for ClaimReview. */
export const SCHEMA_CONTEXT = {
  '@vocab': SCHEMA,
  xsd: XSD,
  url: iri(`${SCHEMA}url`),
  sameAs: iri(`${SCHEMA}sameAs`),
  datePublished: { '@id': `${SCHEMA}datePublished`, '@type': `${SCHEMA}Date` },
} as const;

/** PROV-O for the reporting chain, Web Annotation selectors for the quoted words, schema.org for names. */
export const PROVENANCE_CONTEXT = {
  prov: PROV,
  schema: SCHEMA,
  oa: OA,
  xsd: XSD,
  rdfs: RDFS,
  cg: CLAIMGRAPH,
  label: `${RDFS}label`,
  value: `${PROV}value`,
  wasAttributedTo: iri(`${PROV}wasAttributedTo`),
  wasQuotedFrom: iri(`${PROV}wasQuotedFrom`),
  wasDerivedFrom: iri(`${PROV}wasDerivedFrom`),
  hadPrimarySource: iri(`${PROV}hadPrimarySource`),
  specializationOf: iri(`${PROV}specializationOf`),
  hasSource: iri(`${OA}hasSource`),
  hasSelector: { '@id': `${OA}hasSelector` },
  exact: `${OA}exact`,
  prefix: `${OA}prefix`,
  suffix: `${OA}suffix`,
  start: { '@id': `${OA}start`, '@type': `${XSD}nonNegativeInteger` },
  end: { '@id': `${OA}end`, '@type': `${XSD}nonNegativeInteger` },
  name: `${SCHEMA}name`,
  text: `${SCHEMA}text`,
  description: `${SCHEMA}description`,
  url: iri(`${SCHEMA}url`),
  sameAs: iri(`${SCHEMA}sameAs`),
  publisher: iri(`${SCHEMA}publisher`),
  inLanguage: `${SCHEMA}inLanguage`,
  verb: `${CLAIMGRAPH}reportingVerb`,
  hearsayDepth: { '@id': `${CLAIMGRAPH}hearsayDepth`, '@type': `${XSD}integer` },
  contentHash: `${CLAIMGRAPH}contentHash`,
  entityKind: `${CLAIMGRAPH}entityKind`,
  affiliation: `${CLAIMGRAPH}affiliation`,
  countMin: { '@id': `${CLAIMGRAPH}countMin`, '@type': `${XSD}integer` },
  countMax: { '@id': `${CLAIMGRAPH}countMax`, '@type': `${XSD}integer` },
  said: `${CLAIMGRAPH}said`,
  published: `${CLAIMGRAPH}published`,
  appliesTo: `${CLAIMGRAPH}appliesTo`,
  asWritten: `${CLAIMGRAPH}asWritten`,
  earliest: { '@id': `${CLAIMGRAPH}earliest`, '@type': `${XSD}date` },
  latest: { '@id': `${CLAIMGRAPH}latest`, '@type': `${XSD}date` },
  precision: `${CLAIMGRAPH}precision`,
  recordedAt: { '@id': `${CLAIMGRAPH}recordedAt`, '@type': `${XSD}dateTime` },
} as const;

/** A stored fuzzy date in the cg: terms (`asWritten` is the text), or undefined when there is none. */
export function storedDate<P extends DatePrefix>(record: StoredDate<P>, prefix: P) {
  const date = decodeDate(record, prefix);
  if (!date) return undefined;
  const { text, ...interval } = date;
  return compact({ asWritten: text, ...interval });
}

/** Drops null, undefined and empty-array members, so a document states only what is known. */
export function compact<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, v]) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0),
    ),
  ) as Partial<T>;
}
