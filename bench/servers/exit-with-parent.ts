/**
 * Preloaded (`--import`) into every server the benchmark starts: when the benchmark process dies,
 * even by SIGKILL, the pipe it holds to the server's stdin closes, and the server is sent SIGTERM,
 * so it shuts down as it would on Ctrl-C instead of living on, orphaned and listening. The
 * embedded Neo4j does the same through NEO4J_LAUNCHER_STOP_ON_STDIN_EOF.
 */
process.stdin.on('end', () => process.kill(process.pid, 'SIGTERM'));
process.stdin.resume();
