import fs from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { BrowserContext, chromium } from 'playwright-core';
import { CHROMIUM } from '../../scripts/preflight';
import { loadSeed, TestApp } from './app';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export interface BrowserSession {
  /** The service's address on a real port, e.g. http://127.0.0.1:40123. */
  base: string;
  browser: BrowserContext;
  close(): Promise<void>;
}

/** Serves the app on a free port and opens headless Chromium with a fresh profile. */
export async function openBrowser(app: TestApp): Promise<BrowserSession> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: the end-to-end tests need Debian's browser. Install it with \`apt-get update && apt-get install -y chromium\` (as root).`,
    );
  }
  const httpServer = http.createServer(app.server);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-chromium-'));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1366, height: 1000 },
  });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
      await new Promise((resolve) => httpServer.close(resolve));
    },
  };
}

/**
 * For a suite that drives the service in Chromium: before its tests, the app `create` makes, with
 * the seed article loaded, served and opened in a fresh browser; after them, both closed. The
 * fields are set once the suite's beforeAll has run.
 */
export function seededBrowserSuite<A extends TestApp>(
  create: () => Promise<A>,
): BrowserSession & { app: A } {
  const suite = {} as BrowserSession & { app: A };
  beforeAll(async () => {
    suite.app = await create();
    await loadSeed(suite.app.graph);
    Object.assign(suite, await openBrowser(suite.app));
    // Loading the seed (each claim embedded) and starting Chromium ran past jest's default 60 s
    // at load average 12.
  }, 180_000);
  afterAll(async () => {
    await suite.close?.();
    await suite.app?.close();
  });
  return suite;
}
