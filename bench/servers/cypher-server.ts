import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { loadConfig } from '../../src/config';
import { createDriver } from '../../src/neo4j/connect';
import { readRawQueries, toCypherParams } from '../targets';

/**
 * The floor: each benchmark question as one hand-written Cypher query behind the thinnest HTTP
 * endpoint (POST /<operation> with the parameters as JSON), so that it pays the same HTTP and
 * JSON costs as the GraphQL servers and nothing else.
 */
const [uri, port] = [process.argv[2], Number(process.argv[3])];
const config = loadConfig({ NEO4J_URI: uri, NODE_ENV: 'production', LOG_LEVEL: 'warn' });
const driver = createDriver(uri, config);
const queries = readRawQueries();

const server = createServer((req, res) => {
  const name = (req.url ?? '/').slice(1);
  if (name === 'health') return void res.end('ok');
  const query = queries.get(name);
  if (!query || req.method !== 'POST') {
    res.statusCode = 404;
    return void res.end(`POST /<operation>, one of ${[...queries.keys()].join(', ')}`);
  }
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', async () => {
    try {
      const params = toCypherParams(JSON.parse(Buffer.concat(chunks).toString() || '{}'));
      // Read the way the service reads (src/neo4j/graph.ts): one auto-commit statement, with the
      // service's own transaction timeout so that an abandoned slow query stops here as it does there.
      const session = driver.session({
        database: config.neo4jDatabase,
        defaultAccessMode: neo4j.session.READ,
      });
      const result = await session
        .run(query, params, { timeout: config.neo4jQueryTimeoutMs })
        .finally(() => session.close());
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ rows: result.records.map((r) => r.toObject()) }));
    } catch (error) {
      res.statusCode = 500;
      res.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
    }
  });
});
server.listen(port, '127.0.0.1', () => console.log(`READY ${port}`));
process.once('SIGTERM', () => server.close(() => void driver.close().then(() => process.exit(0))));
