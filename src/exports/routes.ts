import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { credentialRefusal, Principal } from '../auth/roles';
import { badArgument } from '../graphql/errors';
import { databaseFailure } from '../neo4j/errors';
import { Graph } from '../neo4j/graph';
import { requestLogger } from '../observability/logging';
import { claimReviewDocument, findReviewedClaims, listReviewedClaims } from './claim-review';
import { findClaimProvenance, provenanceDocument } from './provenance';
import {
  findSubgraph,
  MAX_SUBGRAPH_NODES,
  Subgraph,
  toEdgesCsv,
  toGraphml,
  toNodesCsv,
} from './subgraph';

const PREFIX = '/exports';
const MAX_REVIEWS_PAGE = 500;
const MAX_ID_LENGTH = 200;

const JSON_LD = 'application/ld+json; charset=utf-8';

/** What /exports answers with: the endpoints and their parameters. */
const INDEX = {
  endpoints: [
    {
      path: '/exports/claim-review/{claimId}',
      type: 'application/ld+json',
      about: 'schema.org ClaimReview JSON-LD for every review of one claim.',
    },
    {
      path: '/exports/claim-reviews.jsonld',
      type: 'application/ld+json',
      about: 'ClaimReview JSON-LD for all reviewed claims, a page at a time.',
      parameters: {
        first: `1 to ${MAX_REVIEWS_PAGE}, default 100`,
        offset: '0 or more, default 0',
      },
    },
    {
      path: '/exports/provenance/{claimId}',
      type: 'application/ld+json',
      about: 'PROV-O JSON-LD of a claim: its occurrences, reporting chains, sources and agents.',
    },
    ...['subgraph.graphml', 'subgraph/nodes.csv', 'subgraph/edges.csv'].map((name) => ({
      path: `/exports/${name}`,
      type: name.endsWith('graphml') ? 'application/graphml+xml' : 'text/csv',
      about: 'The entities, claims and events around one entity, for Gephi.',
      parameters: {
        entity: 'an entity id (required)',
        depth: '1 or 2, default 1',
        maxNodes: `1 to ${MAX_SUBGRAPH_NODES}, default 500`,
      },
    })),
  ],
};

class ExportError extends Error {
  constructor(
    readonly status: number,
    readonly error: GraphQLError,
  ) {
    super(error.message);
  }
}

const notFound = (what: string, id: string) =>
  new ExportError(
    404,
    new GraphQLError(`No ${what} with id ${JSON.stringify(id)}`, {
      extensions: { code: 'NOT_FOUND', id },
    }),
  );

/** A response as data; the plugin turns it into the server's own Response class. */
interface Reply {
  status: number;
  body: string;
  headers: Record<string, string>;
}

function json(
  body: unknown,
  status: number,
  contentType = 'application/json; charset=utf-8',
): Reply {
  return { status, body: JSON.stringify(body, null, 2), headers: { 'content-type': contentType } };
}

function download(body: string, contentType: string, filename: string): Reply {
  return {
    status: 200,
    body,
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename}"`,
    },
  };
}

/** Query parameters checked one by one: an unknown one or a bad value is a 400 that names it and what is allowed. */
class Params {
  constructor(
    private readonly search: URLSearchParams,
    allowed: string[],
  ) {
    for (const name of search.keys()) {
      if (!allowed.includes(name))
        throw new ExportError(
          400,
          badArgument(
            name,
            search.get(name),
            `left out: this export takes ${allowed.map((a) => `\`${a}\``).join(', ')}`,
          ),
        );
    }
  }

  integer(name: string, min: number, max: number, fallback: number): number {
    const raw = this.search.get(name);
    if (raw === null) return fallback;
    const value = /^-?\d+$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isInteger(value) || value < min || value > max)
      throw new ExportError(400, badArgument(name, raw, `an integer between ${min} and ${max}`));
    return value;
  }

  id(name: string, example: string): string {
    const raw = this.search.get(name);
    if (raw === null || raw.trim() === '' || raw.length > MAX_ID_LENGTH)
      throw new ExportError(
        400,
        badArgument(
          name,
          raw ?? '',
          `an id of 1 to ${MAX_ID_LENGTH} characters, e.g. \`${example}\``,
        ),
      );
    return raw;
  }
}

/** The id in the last path segment, decoded: ids hold `:` and `/`, so clients may percent-encode them. */
function pathId(rest: string, what: string): string {
  let id: string;
  try {
    id = decodeURIComponent(rest);
  } catch {
    throw new ExportError(400, badArgument(what, rest, 'a percent-encoded id'));
  }
  if (id === '' || id.length > MAX_ID_LENGTH)
    throw new ExportError(400, badArgument(what, id, `an id of 1 to ${MAX_ID_LENGTH} characters`));
  return id;
}

async function claimReview(graph: Graph, claimId: string): Promise<Reply> {
  const [claim] = await findReviewedClaims(graph, [claimId]);
  if (!claim) throw notFound('reviewed claim', claimId);
  return json(claimReviewDocument([claim]), 200, JSON_LD);
}

async function claimReviews(graph: Graph, url: URL): Promise<Reply> {
  const params = new Params(url.searchParams, ['first', 'offset']);
  const first = params.integer('first', 1, MAX_REVIEWS_PAGE, 100);
  const offset = params.integer('offset', 0, Number.MAX_SAFE_INTEGER, 0);
  const { total, claims } = await listReviewedClaims(graph, { skip: offset, limit: first });
  const reply = json(claimReviewDocument(claims), 200, JSON_LD);
  reply.headers['x-total-count'] = String(total);
  if (offset + first < total) {
    const next = new URLSearchParams({ first: String(first), offset: String(offset + first) });
    reply.headers.link = `<${url.pathname}?${next}>; rel="next"`;
  }
  return reply;
}

async function provenance(graph: Graph, claimId: string): Promise<Reply> {
  const rows = await findClaimProvenance(graph, claimId);
  if (!rows) throw notFound('claim', claimId);
  return json(provenanceDocument(rows), 200, JSON_LD);
}

async function subgraph(graph: Graph, url: URL, render: (s: Subgraph) => Reply): Promise<Reply> {
  const params = new Params(url.searchParams, ['entity', 'depth', 'maxNodes']);
  const entity = params.id('entity', 'person:elon-musk');
  const depth = params.integer('depth', 1, 2, 1);
  const maxNodes = params.integer('maxNodes', 1, MAX_SUBGRAPH_NODES, 500);
  const found = await findSubgraph(graph, entity, depth, maxNodes);
  if (!found) throw notFound('entity', entity);
  const reply = render(found);
  reply.headers['x-subgraph-truncated'] = String(found.truncated);
  return reply;
}

const fileStem = (s: Subgraph) =>
  `subgraph-${s.center.replace(/[^A-Za-z0-9._-]+/g, '_')}-depth${s.depth}`;

async function route(graph: Graph, url: URL): Promise<Reply> {
  const path = url.pathname.slice(PREFIX.length);
  if (path === '' || path === '/') return json(INDEX, 200);
  if (path === '/claim-reviews.jsonld') return claimReviews(graph, url);
  if (path.startsWith('/claim-review/'))
    return claimReview(graph, pathId(path.slice('/claim-review/'.length), 'claimId'));
  if (path.startsWith('/provenance/'))
    return provenance(graph, pathId(path.slice('/provenance/'.length), 'claimId'));
  if (path === '/subgraph.graphml')
    return subgraph(graph, url, (s) =>
      download(toGraphml(s), 'application/graphml+xml; charset=utf-8', `${fileStem(s)}.graphml`),
    );
  if (path === '/subgraph/nodes.csv')
    return subgraph(graph, url, (s) =>
      download(
        toNodesCsv(s),
        'text/csv; charset=utf-8; header=present',
        `${fileStem(s)}-nodes.csv`,
      ),
    );
  if (path === '/subgraph/edges.csv')
    return subgraph(graph, url, (s) =>
      download(
        toEdgesCsv(s),
        'text/csv; charset=utf-8; header=present',
        `${fileStem(s)}-edges.csv`,
      ),
    );
  throw new ExportError(
    404,
    new GraphQLError(`No export at ${url.pathname}; GET /exports lists them`, {
      extensions: { code: 'NOT_FOUND' },
    }),
  );
}

/**
 * Serves /exports/… beside the GraphQL endpoint: standard formats for fact-checkers (ClaimReview),
 * provenance tools (PROV-O) and network analysts (GraphML, CSV for Gephi). Every export reads
 * through the Graph's named queries in a fixed number of round trips.
 */
export interface ExportAccess {
  /** The request's principal: null without a credential; throws UNAUTHENTICATED for a wrong one. */
  authenticate(request: Request): Promise<Principal | null>;
  /** When true, exports need a credential, as GraphQL reads do (READS_REQUIRE_AUTH). */
  readsRequireAuth: boolean;
}

/** Exports are reads: a wrong credential, or none where READS_REQUIRE_AUTH wants one, is a 401. */
async function refused(request: Request, access: ExportAccess | undefined): Promise<Reply | null> {
  if (!access) return null;
  let refusal: GraphQLError | null;
  try {
    refusal = credentialRefusal(
      await access.authenticate(request),
      'read',
      access.readsRequireAuth,
    );
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    refusal = error;
  }
  if (!refusal) return null;
  const reply = json({ errors: [refusal.toJSON()] }, 401);
  reply.headers['www-authenticate'] = 'Bearer';
  return reply;
}

export function useExports(graph: Graph, access?: ExportAccess): Plugin {
  const answer = async (request: Request, url: URL): Promise<Reply> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      const error = new GraphQLError(
        `${request.method} is not allowed on ${url.pathname}; exports are read with GET`,
        { extensions: { code: 'METHOD_NOT_ALLOWED' } },
      );
      const reply = json({ errors: [error.toJSON()] }, 405);
      reply.headers.allow = 'GET, HEAD';
      return reply;
    }
    try {
      return (await refused(request, access)) ?? (await route(graph, url));
    } catch (error) {
      if (error instanceof ExportError)
        return json({ errors: [error.error.toJSON()] }, error.status);
      const failure = databaseFailure(error);
      if (failure) {
        const reply = json(
          { errors: [{ message: failure.message, extensions: { code: failure.code } }] },
          failure.status,
        );
        if (failure.retryAfter) reply.headers['retry-after'] = String(failure.retryAfter);
        return reply;
      }
      const log = requestLogger(request);
      if (log) log.error({ err: error, path: url.pathname }, 'export failed');
      else console.error(error);
      return json(
        {
          errors: [{ message: 'Unexpected error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
        },
        500,
      );
    }
  };
  return {
    async onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== PREFIX && !url.pathname.startsWith(`${PREFIX}/`)) return;
      const reply = await answer(request, url);
      endResponse(
        new fetchAPI.Response(reply.body, { status: reply.status, headers: reply.headers }),
      );
    },
  };
}
