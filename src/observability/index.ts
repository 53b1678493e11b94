import type { Plugin, YogaLogger } from 'graphql-yoga';
import { Logger } from 'pino';
import { Config } from '../config';
import type { ReadGate } from '../neo4j/read-gate';
import { createLogger, useRequestLogging, yogaLogger } from './logging';
import { useMetrics } from './metrics';

export interface Observability {
  /** The process's pino logger; request handlers get a child carrying the request id. */
  logger: Logger;
  /** Yoga's `logging` option: its messages go through pino with the request id attached. */
  yogaLogger: YogaLogger;
  /** Request ids and request logs, then metrics; listed first so they see every request, including those other plugins answer. */
  plugins: Plugin[];
}

export function createObservability(config: Config, reads?: ReadGate): Observability {
  const logger = createLogger(config);
  const plugins = [useRequestLogging(logger)];
  if (config.metricsEnabled) plugins.push(useMetrics({ token: config.metricsToken, reads }));
  return { logger, yogaLogger: yogaLogger(logger), plugins };
}
