import { GraphQLScalarType, Kind, valueFromASTUntyped } from 'graphql';
import { requireRole } from '../auth/roles';
import { Context } from '../graphql/context';
import { badArgument } from '../graphql/errors';
import type {
  ClaimResolvers,
  ClaimSnapshotResolvers,
  CorrectionResolvers,
  ClaimStateResolvers,
  QueryResolvers,
  RelationSnapshotResolvers,
} from '../graphql/generated';
import { parsePage, toConnection } from '../graphql/pagination';
import { RelationSnapshotRecord } from '../repositories/history';
import { dateArgument } from './args';
import { copyDate, decodeDate } from '../fuzzy-date';
import { loadAll, loadLinked } from './load-all';

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * `asOf` as Cypher's datetime() reads it. A bare date means the end of that day in UTC, so
 * "as of 2026-01-01" includes everything recorded on the first of January.
 */
export function asOfArgument(value: string): string {
  if (DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))) return value;
  if (!value.includes('T')) {
    const date = dateArgument('asOf', value);
    if (date) return `${date}T23:59:59.999999999Z`;
  }
  throw badArgument(
    'asOf',
    value,
    'an ISO 8601 date (YYYY-MM-DD) or date-time with a zone (YYYY-MM-DDThh:mm:ssZ)',
  );
}

export const HistoryQuery: Pick<QueryResolvers<Context>, 'claimAsOf' | 'auditLog'> = {
  claimAsOf: (_, args, { history }) => history.claimAsOf(args.id, asOfArgument(args.asOf)),

  async auditLog(_, args, { history, principal }) {
    requireRole(principal, 'editor', 'auditLog');
    if (args.claimId && args.entityId)
      throw badArgument(
        'entityId',
        args.entityId,
        'left out when `claimId` is given: filter by one target at a time',
      );
    const page = parsePage(args);
    const { total, items } = await history.auditLog(
      {
        claimId: args.claimId ?? null,
        entityId: args.entityId ?? null,
        actor: args.actor ?? null,
        action: args.action ?? null,
      },
      page,
    );
    return toConnection(items, total, page);
  },
};

/** The fields schema.graphql adds to Claim with `extend type Claim`. */
export const ClaimHistory: Pick<
  ClaimResolvers<Context>,
  'version' | 'retracted' | 'corrections'
> = {
  version: (c) => c.version ?? 1,
  retracted: (c) => c.retracted ?? false,
  corrections: (c, _, { history }) => history.corrections.load(c.id),
};

export const Correction: CorrectionResolvers<Context> = {
  changedFields: (k) => k.changedFields ?? [],
  previous: (k) =>
    k.kind === 'RELATION_RETRACTION'
      ? null
      : {
          text: k.previousText ?? '',
          ...copyDate(k, 'previousApplies', 'applies'),
          retracted: k.previousRetracted ?? false,
          version: k.fromVersion ?? 1,
        },
};

export const ClaimState: ClaimStateResolvers<Context> = {
  appliesTo: (s) => decodeDate(s, 'applies'),
};

const relations =
  (kind: RelationSnapshotRecord['kind'], direction: RelationSnapshotRecord['direction']) =>
  async (c: { id: string; asOf: string }, _: unknown, { history }: Context) =>
    (await history.relationsAsOf(c.id, c.asOf)).filter(
      (r) => r.kind === kind && r.direction === direction,
    );

export const ClaimSnapshot: ClaimSnapshotResolvers<Context> = {
  appliesTo: (c) => decodeDate(c, 'applies'),
  disputedBy: relations('DISPUTES', 'IN'),
  disputes: relations('DISPUTES', 'OUT'),
  supportedBy: relations('SUPPORTS', 'IN'),
  supports: relations('SUPPORTS', 'OUT'),
  current: (c, _, { repos }) => loadLinked(repos.claims.byId, c.id, 'claim'),
};

export const RelationSnapshot: RelationSnapshotResolvers<Context> = {
  async claim(r, _, { history }) {
    const other = await history.claimAsOf(r.claimId, r.asOf);
    if (!other)
      throw new Error(
        `claim ${r.claimId} is linked by relation ${r.id} but was not recorded at ${r.asOf}`,
      );
    return other;
  },
  evidence: (r, _, { repos }) => loadAll(repos.occurrences.byId, r.evidenceIds),
};

/** Any JSON value; used for whole bundles in and audit details out. */
export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value: an object, array, string, number, boolean or null.',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) =>
    ast.kind === Kind.NULL ? null : valueFromASTUntyped(ast, variables),
});
