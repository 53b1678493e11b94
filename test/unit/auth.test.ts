import { createAuthenticator } from '../../src/auth/authenticate';
import { configEntry, findKey, generateKey, hashKey } from '../../src/auth/keys';
import { highestRole, requireRole } from '../../src/auth/roles';
import { loadConfig } from '../../src/config';
import { asOfArgument } from '../../src/resolvers/history';

describe('API keys', () => {
  it('when a key is generated, then its config line holds only its sha256 and finds it again', () => {
    const key = generateKey();
    const line = configEntry('alice', 'editor', key);
    expect(line).toBe(`alice:editor:${hashKey(key)}`);
    expect(line).not.toContain(key.slice(4));
    const { apiKeys } = loadConfig({ API_KEYS: `${line}, bob:admin:${hashKey('other')}` });
    expect(findKey(apiKeys!, key)).toEqual({ id: 'alice', role: 'editor', sha256: hashKey(key) });
    expect(findKey(apiKeys!, `${key}x`)).toBeUndefined();
  });

  it('when API_KEYS holds a malformed entry, then start-up fails naming the variable and the format', () => {
    expect(() => loadConfig({ API_KEYS: 'alice:superuser:abc' })).toThrow(
      /API_KEYS entries must be id:role:sha256hex/,
    );
  });

  it('when a request carries a key, then the authenticator returns its principal, and a bad one is UNAUTHENTICATED', async () => {
    const key = generateKey();
    const authenticate = createAuthenticator(
      loadConfig({ API_KEYS: configEntry('ci', 'admin', key) }),
    );
    const request = (headers: Record<string, string>) =>
      new Request('http://x/graphql', { headers });
    expect(await authenticate(request({}))).toBeNull();
    expect(await authenticate(request({ authorization: `Bearer ${key}` }))).toEqual({
      id: 'ci',
      role: 'admin',
      via: 'api-key',
    });
    expect(await authenticate(request({ 'x-api-key': key }))).toEqual({
      id: 'ci',
      role: 'admin',
      via: 'api-key',
    });
    await expect(authenticate(request({ 'x-api-key': 'cgk_wrong' }))).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });
});

describe('roles', () => {
  it('when several role names are claimed, then the highest known one counts', () => {
    expect(highestRole(['reader', 'admin', 'editor'])).toBe('admin');
    expect(highestRole(['owner', 'viewer'])).toBeNull();
  });

  it('when a principal ranks below the role needed, then it is FORBIDDEN, and without one UNAUTHENTICATED', () => {
    expect(() => requireRole(null, 'editor', 'addClaim')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
    expect(() =>
      requireRole({ id: 'r', role: 'reader', via: 'api-key' }, 'editor', 'addClaim'),
    ).toThrow(/addClaim needs the editor role/);
    expect(requireRole({ id: 'a', role: 'admin', via: 'jwt' }, 'editor', 'addClaim').id).toBe('a');
  });
});

describe('asOf', () => {
  it('when asOf is a date, then it means the end of that day in UTC; a date-time passes as given; anything else is refused', () => {
    expect(asOfArgument('2026-01-01')).toBe('2026-01-01T23:59:59.999999999Z');
    expect(asOfArgument('2026-01-01T12:30:00+02:00')).toBe('2026-01-01T12:30:00+02:00');
    expect(() => asOfArgument('2026-02-30')).toThrow(/asOf/);
    expect(() => asOfArgument('2026-01-01T12:00:00')).toThrow(/with a zone/);
  });
});
