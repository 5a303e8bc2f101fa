/**
 * Runs one of the Neo4j tiers' vitest configurations (`npm run test:neo4j`, `npm run test:e2e:neo4j`)
 * when a real Neo4j can be started here, that is when `java` and `mvn` answer (or NEO4J_URI names a
 * server). Otherwise it prints one line saying why the tier is skipped and succeeds, unless
 * NEWSGRAPH_REQUIRE_NEO4J=1 (which .ci/run sets) turns the skip into a failure.
 *
 *   tsx scripts/neo4j/tier.ts <vitest config> [vitest arguments…]
 */
import { spawn } from 'node:child_process';
import { missingJavaTools } from './classpath';

async function main(): Promise<number> {
  const [config, ...rest] = process.argv.slice(2);
  if (config === undefined) {
    console.error('Usage: tsx scripts/neo4j/tier.ts <vitest config> [vitest arguments…]');
    return 2;
  }
  const missing = process.env.NEO4J_URI ? [] : await missingJavaTools();
  if (missing.length > 0) {
    const why = `${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not installed, so no Neo4j can be started here (install Java 17+ and Maven 3.8+, or set NEO4J_URI)`;
    if (process.env.NEWSGRAPH_REQUIRE_NEO4J === '1') {
      console.error(
        `Neo4j tier (${config}) cannot run: ${why}, and NEWSGRAPH_REQUIRE_NEO4J=1 forbids skipping it.`,
      );
      return 1;
    }
    console.log(`Neo4j tier (${config}) skipped: ${why}.`);
    return 0;
  }
  return new Promise((resolve) => {
    const child = spawn('npx', ['vitest', 'run', '--config', config, ...rest], { stdio: 'inherit' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

main().then((code) => {
  process.exitCode = code;
});
