import { GraphQLError } from 'graphql';
import { Role } from '../config';
import type { Principal } from './principal';

export type { Principal };

const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };

export const ROLES = Object.keys(RANK) as Role[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && value in RANK;
}

/** The highest of several role names, ignoring names that are not roles here. */
export function highestRole(values: unknown[]): Role | null {
  const roles = values.filter(isRole);
  return roles.length === 0 ? null : roles.reduce((a, b) => (RANK[b] > RANK[a] ? b : a));
}

export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'UNAUTHENTICATED',
      http: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
    },
  });
}

/**
 * The one rule for a request without a credential, for GraphQL and /exports alike: a write always
 * needs one, a read only when READS_REQUIRE_AUTH is on. Returns the refusal, or null to go on.
 */
export function credentialRefusal(
  principal: Principal | null,
  operation: 'read' | 'write',
  readsRequireAuth: boolean,
): GraphQLError | null {
  if (principal) return null;
  if (operation === 'write')
    return unauthenticated(
      'Writes need a credential: send `authorization: Bearer <API key or JWT>` or `x-api-key: <API key>`',
    );
  return readsRequireAuth
    ? unauthenticated('This service requires a credential for reads too (READS_REQUIRE_AUTH)')
    : null;
}

/** Throws UNAUTHENTICATED without a principal and FORBIDDEN when its role ranks below `needed`. */
export function requireRole(principal: Principal | null, needed: Role, action: string): Principal {
  if (!principal) {
    throw unauthenticated(
      `${action} needs a credential: send \`authorization: Bearer <API key or JWT>\` or \`x-api-key: <API key>\``,
    );
  }
  if (!principal.role || RANK[principal.role] < RANK[needed]) {
    throw new GraphQLError(
      `${action} needs the ${needed} role; "${principal.id}" has ${principal.role ?? 'no role'}`,
      {
        extensions: { code: 'FORBIDDEN', needed, role: principal.role },
      },
    );
  }
  return principal;
}
