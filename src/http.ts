import { Server } from 'node:http';
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
