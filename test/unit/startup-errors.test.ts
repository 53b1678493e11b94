import net from 'node:net';
import os from 'node:os';
import { createServer } from 'node:http';
import { loadConfig } from '../../src/config';
import { StartupError } from '../../src/errors';
import { listen } from '../../src/http';
import { connectNeo4j } from '../../src/neo4j/connect';
import { freePort, startEmbeddedNeo4j } from '../../src/neo4j/embedded';

const embeddedOptions = (port: number) => ({
  port,
  dataDir: os.tmpdir(),
  pageCache: '64m',
  heap: '256m',
  startupWaitMs: 1000,
  log: () => {},
});

describe('start-up errors name the fix', () => {
  it('when Java is missing, then the error says so and suggests NEO4J_URI or docker compose', async () => {
    const error = await startEmbeddedNeo4j({
      ...embeddedOptions(await freePort()),
      java: 'java-that-is-not-installed',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect(error.message).toMatch(/Java was not found/);
    expect(error.message).toContain('NEO4J_URI');
    expect(error.message).toContain('docker compose');
  });

  it('when the Bolt port is taken, then the error names the port and EMBEDDED_NEO4J_PORT', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const error = await startEmbeddedNeo4j(embeddedOptions(port)).catch((e) => e);
      expect(error).toBeInstanceOf(StartupError);
      expect(error.message).toContain(`Port ${port}`);
      expect(error.message).toContain('EMBEDDED_NEO4J_PORT');
    } finally {
      blocker.close();
    }
  });

  it('when the HTTP port is taken, then the error names the port and PORT', async () => {
    const first = createServer();
    const url = await listen(first, { httpHost: '127.0.0.1', httpPort: 0 });
    const port = Number(new URL(url).port);
    try {
      const error = await listen(createServer(), { httpHost: '127.0.0.1', httpPort: port }).catch(
        (e) => e,
      );
      expect(error).toBeInstanceOf(StartupError);
      expect(error.message).toBe(
        `Port ${port} on 127.0.0.1 is already taken. Set PORT to a free port (0 picks one).`,
      );
    } finally {
      first.close();
    }
  });

  it('when NEO4J_URI points at nothing, then the error gives the URI tried and how to start a Neo4j', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const config = loadConfig({
      NEO4J_URI: uri,
      NEO4J_STARTUP_WAIT_MS: '1000',
      NEO4J_CONNECT_TIMEOUT_MS: '500',
    });
    const error = await connectNeo4j(config).catch((e) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect(error.message).toContain(`Could not reach Neo4j at ${uri}`);
    expect(error.message).toContain('npm run neo4j');
  });
});
