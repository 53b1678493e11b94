import { createRemoteJWKSet, errors, JWTVerifyGetKey, jwtVerify } from 'jose';
import { GraphQLError } from 'graphql';
import { highestRole, Principal, unauthenticated } from './roles';

export interface JwtOptions {
  /** Where the signing keys come from: a remote JWKS in production, a local set in tests. */
  keys: JWTVerifyGetKey;
  issuer?: string;
  audience?: string;
  rolesClaim: string;
}

export function remoteKeys(jwksUrl: string): JWTVerifyGetKey {
  // jose caches the set and refetches on an unknown `kid`, so a key rotation needs no restart.
  return createRemoteJWKSet(new URL(jwksUrl), { timeoutDuration: 3000, cooldownDuration: 30000 });
}

export function looksLikeJwt(token: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);
}

/** Verifies signature, expiry, issuer and audience; the subject becomes the principal's id. */
export async function verifyJwt(token: string, options: JwtOptions): Promise<Principal> {
  try {
    const { payload } = await jwtVerify(token, options.keys, {
      issuer: options.issuer,
      audience: options.audience,
    });
    if (typeof payload.sub !== 'string' || payload.sub.length === 0)
      throw unauthenticated(
        'The JWT has no `sub` claim, so its holder cannot be recorded in the audit log',
      );
    const claimed = payload[options.rolesClaim];
    const role = highestRole(
      Array.isArray(claimed) ? claimed : typeof claimed === 'string' ? claimed.split(/\s+/) : [],
    );
    return { id: `jwt:${payload.sub}`, role, via: 'jwt' };
  } catch (error) {
    if (error instanceof GraphQLError) throw error;
    if (
      error instanceof errors.JWKSTimeout ||
      (error instanceof Error && !(error instanceof errors.JOSEError))
    ) {
      throw new GraphQLError(
        "The identity provider's keys (JWKS_URL) could not be fetched; try again shortly",
        {
          extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503 } },
        },
      );
    }
    if (error instanceof errors.JWTExpired)
      throw unauthenticated('The JWT has expired; get a fresh one');
    if (error instanceof errors.JWTClaimValidationFailed)
      throw unauthenticated(
        `The JWT's \`${error.claim}\` claim is not accepted here (${error.reason})`,
      );
    throw unauthenticated(`The JWT is not valid here (${(error as errors.JOSEError).code})`);
  }
}
