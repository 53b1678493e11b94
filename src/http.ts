import { Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { Config } from './config';
import { StartupError } from './errors';

/** Listens on the configured port, turning "port taken" into an error that names the setting. */
export function listen(
  server: Server,
  config: Pick<Config, 'httpHost' | 'httpPort'>,
): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new StartupError(
              `Port ${config.httpPort} on ${config.httpHost} is already taken. Set PORT to a free port (0 picks one).`,
            )
          : error,
      );
    });
    server.listen(config.httpPort, config.httpHost, () => {
      const { port } = server.address() as AddressInfo;
      resolve(`http://${config.httpHost}:${port}`);
    });
  });
}

/**
 * A stop that lets the requests in flight finish: the server stops accepting connections, idle
 * keep-alive connections close at once, and every answer from then on says `Connection: close`
 * so that a busy client's connection ends with its answer. What is still running after the grace
 * is cut. Without it `server.close()` waits for keep-alive clients that never go quiet, and an
 * orchestrator ends the process with SIGKILL.
 */
export class GracefulStop {
  private readonly open = new Set<ServerResponse>();
  private stopping = false;
  private settled?: () => void;

  constructor(private readonly server: Server) {
    server.on('request', (_request, response: ServerResponse) => {
      this.open.add(response);
      if (this.stopping) response.setHeader('connection', 'close');
      response.once('close', () => {
        this.open.delete(response);
        if (this.open.size === 0) this.settled?.();
      });
    });
  }

  /** True once stop() is called: readiness answers 503 so that a load balancer sends no more. */
  get draining(): boolean {
    return this.stopping;
  }

  /** Requests answered or cut, then resolves with how long that took and how many were cut. */
  async stop(graceMs: number): Promise<{ ms: number; cut: number }> {
    const started = Date.now();
    this.stopping = true;
    this.server.close();
    this.server.closeIdleConnections();
    for (const response of this.open)
      if (!response.headersSent) response.setHeader('connection', 'close');
    if (this.open.size > 0)
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, graceMs);
        this.settled = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    const cut = this.open.size;
    this.server.closeAllConnections();
    return { ms: Date.now() - started, cut };
  }
}
