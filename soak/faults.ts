import { Neo4jProcess, ServiceProcess, sleep } from './processes';

/**
 * The faults a soak injects, on a schedule, each followed by the restart a supervisor would make
 * (systemd's Restart=always, a container's restart policy): no step of it is manual.
 */
export type FaultKind = 'neo4j-kill' | 'service-term' | 'neo4j-pause';
export const FAULT_CYCLE: FaultKind[] = ['neo4j-kill', 'service-term', 'neo4j-pause'];

export const FAULT_LABELS: Record<FaultKind, string> = {
  'neo4j-kill': 'Neo4j SIGKILL + restart',
  'service-term': 'service SIGTERM + restart',
  'neo4j-pause': 'Neo4j SIGSTOP … SIGCONT',
};

export interface FaultRecord {
  kind: FaultKind;
  /** Ms since the soak started. */
  injectedAt: number;
  /** When the hurt process was back: Neo4j answering Bolt, the service answering /health, or SIGCONT sent. */
  clearedAt: number;
  /** When the readers were answered well again (set by the report from the reads). */
  recoveredAt?: number;
  detail: string;
  /** A service SIGTERM only: whether it had to be SIGKILLed, not having exited within 10 s. */
  killed?: boolean;
}

export interface FaultTargets {
  neo4j: Neo4jProcess;
  service: ServiceProcess;
  /** How long a pause lasts; longer than the service's query timeout. */
  pauseMs: number;
}

/** Injects one fault and restarts what it hurt; resolves once that process is back. */
export async function inject(
  kind: FaultKind,
  targets: FaultTargets,
  since: number,
): Promise<FaultRecord> {
  const injectedAt = Date.now() - since;
  switch (kind) {
    case 'neo4j-kill': {
      await targets.neo4j.kill();
      const restarting = Date.now();
      await targets.neo4j.start();
      return {
        kind,
        injectedAt,
        clearedAt: Date.now() - since,
        detail: `Neo4j answered Bolt ${((Date.now() - restarting) / 1000).toFixed(1)} s after its restart began`,
      };
    }
    case 'service-term': {
      const { exitMs, killed } = await targets.service.terminate(10000);
      const restarting = Date.now();
      const failures = await startWithRetries(targets.service);
      return {
        kind,
        injectedAt,
        clearedAt: Date.now() - since,
        killed,
        detail:
          `the service ${killed ? 'did not exit within 10 s of SIGTERM and was SIGKILLed' : `exited ${exitMs} ms after SIGTERM`}; ` +
          `the new one answered /health ${((Date.now() - restarting) / 1000).toFixed(1)} s after it was started` +
          failures.map((f, i) => `; start-up attempt ${i + 1} failed: ${f}`).join(''),
      };
    }
    case 'neo4j-pause': {
      targets.neo4j.pause();
      await sleep(targets.pauseMs);
      targets.neo4j.resume();
      return {
        kind,
        injectedAt,
        clearedAt: Date.now() - since,
        detail: `Neo4j stopped for ${(targets.pauseMs / 1000).toFixed(1)} s`,
      };
    }
  }
}

/**
 * Starts the service again as a supervisor would: up to five attempts, each failure kept for the
 * report. The fifth failure is the soak's end.
 */
async function startWithRetries(service: ServiceProcess): Promise<string[]> {
  const failures: string[] = [];
  for (;;) {
    try {
      await service.start();
      return failures;
    } catch (error) {
      const message = (error as Error).message;
      failures.push(message.split('\n').filter(Boolean).slice(0, 3).join(' ').slice(0, 300));
      if (failures.length >= 5) throw error;
    }
  }
}
