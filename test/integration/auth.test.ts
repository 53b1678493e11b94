import { createServer as createHttpServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, KeyLike, SignJWT } from 'jose';
import { ingestBundle } from '../../src/ingest/ingest-bundle';
import { smallBundle, uniqueTag } from '../support/bundles';
import { countAll, createWriteTestApp, WriteTestApp } from '../support/writes';

const ADD_CLAIM = `mutation($input: AddClaimInput!) { addClaim(input: $input) { claim { id } auditEntry { actor actorVia role } } }`;

describe('who may write', () => {
  let app: WriteTestApp;
  let tag: string;
  beforeAll(async () => {
    tag = uniqueTag('auth');
    app = await createWriteTestApp(tag);
    await ingestBundle(app.graph, smallBundle(tag));
  });
  afterAll(() => app.close());

  it('when reads are open, then a query needs no credential', async () => {
    const response = await app.gql(`query($id: ID!) { claim(id: $id) { id } }`, {
      id: `${tag}:unsafe`,
    });
    expect(response).toEqual({ status: 200, data: { claim: { id: `${tag}:unsafe` } } });
  });

  it('when a write comes without a credential or with a wrong one, then it is UNAUTHENTICATED (401) and nothing changes', async () => {
    const before = await countAll(app.graph);
    const input = { input: { id: `${tag}:sneaky`, text: 'x' } };
    const anonymous = await app.gql(ADD_CLAIM, input);
    const wrongKey = await app.gql(ADD_CLAIM, input, {
      headers: { 'x-api-key': 'cgk_not-a-key-anyone-was-given' },
    });
    const wrongScheme = await app.gql(ADD_CLAIM, input, {
      headers: { authorization: `Basic ${app.keys.admin.key}` },
    });
    const unconfiguredJwt = await app.gql(ADD_CLAIM, input, {
      headers: { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln' },
    });
    for (const response of [anonymous, wrongKey, wrongScheme, unconfiguredJwt]) {
      expect(response.status).toBe(401);
      expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      expect(response.data?.addClaim ?? null).toBeNull();
    }
    expect(await countAll(app.graph)).toEqual(before);
  });

  it('when a reader writes, or an editor asks for an admin-only write, then it is FORBIDDEN and nothing changes', async () => {
    const before = await countAll(app.graph);
    const reader = await app.gql(
      ADD_CLAIM,
      { input: { id: `${tag}:by-reader`, text: 'x' } },
      { as: 'reader' },
    );
    expect(reader.errors![0]).toMatchObject({
      extensions: { code: 'FORBIDDEN' },
      message: expect.stringContaining('needs the editor role'),
    });
    const ingest = await app.gql(
      `mutation($b: JSON!) { ingestBundle(bundle: $b) { bundleId } }`,
      { b: smallBundle(uniqueTag('forbidden')) },
      { as: 'editor' },
    );
    expect(ingest.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await countAll(app.graph)).toEqual(before);
  });

  it('when an editor writes with x-api-key, then the write is attributed to the key id', async () => {
    const response = await app.gql(
      ADD_CLAIM,
      { input: { id: `${tag}:by-editor`, text: 'x' } },
      { headers: { 'x-api-key': app.keys.editor.key } },
    );
    expect(response.data.addClaim.auditEntry).toEqual({
      actor: app.keys.editor.id,
      actorVia: 'api-key',
      role: 'editor',
    });
  });

  it('when the audit log is asked for without an editor credential, then it is refused', async () => {
    expect((await app.gql(`{ auditLog { totalCount } }`)).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await app.gql(`{ auditLog { totalCount } }`, {}, { as: 'reader' })).errors![0].extensions!
        .code,
    ).toBe('FORBIDDEN');
    const log = await app.gql(
      `query($a: String!) { auditLog(actor: $a) { totalCount edges { node { action } } } }`,
      { a: app.keys.editor.id },
      { as: 'admin' },
    );
    expect(log.data.auditLog).toEqual({
      totalCount: 1,
      edges: [{ node: { action: 'ADD_CLAIM' } }],
    });
  });
});

describe('when reads require a credential', () => {
  let app: WriteTestApp;
  beforeAll(async () => {
    app = await createWriteTestApp(uniqueTag('closed'), { READS_REQUIRE_AUTH: 'true' });
  });
  afterAll(() => app.close());

  it('then a query without one is UNAUTHENTICATED and a reader key opens it', async () => {
    const anonymous = await app.gql(`{ claim(id: "claim:none") { id } }`);
    expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data).toBeUndefined();
    const reader = await app.gql(`{ claim(id: "claim:none") { id } }`, {}, { as: 'reader' });
    expect(reader).toEqual({ status: 200, data: { claim: null } });
  });
});

describe('JWTs from an identity provider', () => {
  let app: WriteTestApp;
  let jwks: Server;
  let privateKey: KeyLike;
  let otherKey: KeyLike;
  const issuer = 'https://id.claimgraph.test/';
  const audience = 'claimgraph';
  const sign = (
    claims: Record<string, unknown>,
    key = privateKey,
    expires: string | number = '5m',
  ) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: 'test-key' })
      .setIssuedAt()
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime(expires)
      .sign(key);

  beforeAll(async () => {
    const pair = await generateKeyPair('ES256');
    privateKey = pair.privateKey;
    otherKey = (await generateKeyPair('ES256')).privateKey;
    const publicJwk = {
      ...(await exportJWK(pair.publicKey)),
      kid: 'test-key',
      alg: 'ES256',
      use: 'sig',
    };
    jwks = createHttpServer((_, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [publicJwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/.well-known/jwks.json`;
    app = await createWriteTestApp(uniqueTag('jwt'), {
      JWKS_URL: url,
      JWT_ISSUER: issuer,
      JWT_AUDIENCE: audience,
    });
  });
  afterAll(async () => {
    await app.close();
    await new Promise<void>((resolve) => jwks.close(() => resolve()));
  });

  it('when a signed JWT names the editor role, then its subject may write and is the audit actor', async () => {
    const token = await sign({ sub: 'user-42', roles: ['editor'] });
    const id = `${uniqueTag('jwt-claim')}:c`;
    const response = await app.gql(
      ADD_CLAIM,
      { input: { id, text: 'Written with a JWT.' } },
      { headers: { authorization: `Bearer ${token}` } },
    );
    expect(response.data.addClaim).toEqual({
      claim: { id },
      auditEntry: { actor: 'jwt:user-42', actorVia: 'jwt', role: 'editor' },
    });
  });

  it('when a JWT is expired, signed by another key, for another audience or without a role, then the write is refused', async () => {
    const before = await countAll(app.graph);
    const input = { input: { id: `${uniqueTag('jwt-bad')}:c`, text: 'x' } };
    const expired = await sign(
      { sub: 'u', roles: ['editor'] },
      privateKey,
      Math.floor(Date.now() / 1000) - 60,
    );
    const forged = await sign({ sub: 'u', roles: ['admin'] }, otherKey);
    const otherAudience = await new SignJWT({ sub: 'u', roles: ['editor'] })
      .setProtectedHeader({ alg: 'ES256', kid: 'test-key' })
      .setIssuer(issuer)
      .setAudience('someone-else')
      .setExpirationTime('5m')
      .sign(privateKey);
    const noRole = await sign({ sub: 'u' });
    const codes = [];
    for (const token of [expired, forged, otherAudience, noRole]) {
      const response = await app.gql(ADD_CLAIM, input, {
        headers: { authorization: `Bearer ${token}` },
      });
      codes.push(response.errors![0].extensions!.code);
    }
    expect(codes).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'FORBIDDEN']);
    expect(await countAll(app.graph)).toEqual(before);
  });
});
