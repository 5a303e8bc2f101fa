/**
 * `npm run neo4j`: a real Neo4j Community 5.26 in the foreground, for people who want Neo4j without
 * Docker. Bolt on 127.0.0.1 (NEO4J_PORT, default 7687), user neo4j, password NEO4J_PASSWORD (default
 * newsgraph-local, as docker-compose.yml), data in NEWSGRAPH_NEO4J_HOME (default .neo4j/server). The jars
 * come from Maven Central on first use (Maven shows its progress) and are cached in ~/.m2. Ctrl+C stops it
 * cleanly. Then, in another terminal:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 NEO4J_USER=neo4j NEO4J_PASSWORD=newsgraph-local npm start
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { missingJavaTools, Neo4jSetupError, WORK_DIR } from './neo4j/classpath';
import { startNeo4j } from './neo4j/server';

const USAGE = `Usage: npm run neo4j [-- --help]

Starts Neo4j Community 5.26 in the foreground (Ctrl+C stops it). Settings from the environment:
  NEO4J_PORT            Bolt port on 127.0.0.1 (default 7687)
  NEO4J_PASSWORD        password of the user neo4j (default newsgraph-local)
  NEWSGRAPH_NEO4J_HOME  data and logs folder (default .neo4j/server)
Needs Java 17+ and Maven 3.8+; the first start fetches the jars from Maven Central.`;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { help: { type: 'boolean' } } });
  if (values.help === true) {
    console.log(USAGE);
    return 0;
  }
  const port = Number(process.env.NEO4J_PORT ?? '7687');
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    console.error(`NEO4J_PORT must be a port number (1–65535), not "${process.env.NEO4J_PORT}".`);
    return 2;
  }
  const missing = await missingJavaTools();
  if (missing.length > 0) {
    console.error(
      `npm run neo4j needs ${missing.join(' and ')}: install Java 17+ and Maven 3.8+ (or use docker compose up).`,
    );
    return 2;
  }
  const password = process.env.NEO4J_PASSWORD || 'newsgraph-local';
  const home = path.resolve(process.env.NEWSGRAPH_NEO4J_HOME || path.join(WORK_DIR, 'server'));
  console.log('Resolving the Neo4j 5.26 jars (fetched from Maven Central on first use)…');
  const server = await startNeo4j({ home, port, password, mavenOutput: 'inherit' });
  console.log(`Neo4j is ready at ${server.uri} (user neo4j). Data: ${home}. Log: ${server.logFile}.`);
  console.log(`In another terminal: NEO4J_URI=${server.uri} NEO4J_USER=neo4j NEO4J_PASSWORD=… npm start`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.log('Stopping Neo4j…');
      void server.stop();
    });
  }
  const code = await server.exited;
  console.log('Neo4j stopped.');
  return code === 0 || code === null ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (!(error instanceof Neo4jSetupError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  },
);
