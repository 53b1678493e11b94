import { Config } from '../config';
import { JwtOptions, looksLikeJwt, remoteKeys, verifyJwt } from './jwt';
import { findKey } from './keys';
import { Principal, unauthenticated } from './roles';

export type Authenticate = (request: Request) => Promise<Principal | null>;

type AuthConfig = Pick<
  Config,
  'apiKeys' | 'jwksUrl' | 'jwtIssuer' | 'jwtAudience' | 'jwtRolesClaim'
>;

/**
 * Turns a request's credential into a principal: null when none was sent, UNAUTHENTICATED when
 * one was sent and is wrong (a client with a broken key should hear so even on an open read).
 * `jwt` overrides the JWKS of the config, for tests with a local key set.
 */
export function createAuthenticator(config: AuthConfig, jwt?: Partial<JwtOptions>): Authenticate {
  const keys = jwt?.keys ?? (config.jwksUrl ? remoteKeys(config.jwksUrl) : undefined);
  const jwtOptions: JwtOptions | undefined = keys && {
    keys,
    issuer: jwt?.issuer ?? config.jwtIssuer,
    audience: jwt?.audience ?? config.jwtAudience,
    rolesClaim: jwt?.rolesClaim ?? config.jwtRolesClaim,
  };

  return async (request) => {
    const header = request.headers.get('authorization');
    const apiKeyHeader = request.headers.get('x-api-key');
    if (header === null && apiKeyHeader === null) return null;
    let credential: string;
    if (header !== null) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      if (!match)
        throw unauthenticated('The authorization header must be `Bearer <API key or JWT>`');
      credential = match[1];
    } else {
      credential = apiKeyHeader!.trim();
    }
    if (looksLikeJwt(credential)) {
      if (!jwtOptions)
        throw unauthenticated(
          'JWTs are not accepted by this service (JWKS_URL is not set); send an API key',
        );
      return verifyJwt(credential, jwtOptions);
    }
    const entry = findKey(config.apiKeys ?? [], credential);
    if (!entry)
      throw unauthenticated(
        'The API key is not known here; ask an admin for one (`npm run apikey`)',
      );
    return { id: entry.id, role: entry.role, via: 'api-key' };
  };
}
