/** A start-up failure whose message says what went wrong and how to fix it. */
export class StartupError extends Error {
  override name = 'StartupError';
}
