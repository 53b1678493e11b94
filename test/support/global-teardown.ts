import fs from 'node:fs';
import { AttachedNeo4j } from '../../src/neo4j/embedded-state';

/** Stops only what global-setup started. */
export default async function globalTeardown(): Promise<void> {
  const started = (globalThis as Record<string, unknown>).__claimgraphNeo4j as
    (AttachedNeo4j & { dataDir: string }) | undefined;
  if (!started) return;
  await started.stop();
  fs.rmSync(started.dataDir, { recursive: true, force: true });
}
