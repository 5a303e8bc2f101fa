/**
 * Fetches the Neo4j 5.26 jars from Maven Central (Maven shows its progress) and caches their classpath,
 * so the tests' first Neo4j starts without a download. `.ci/run` runs it before `npm test`.
 */
import path from 'node:path';
import { missingJavaTools, resolveClasspath } from './classpath';

const missing = await missingJavaTools();
if (missing.length > 0) {
  console.log(`Neo4j jars not fetched: ${missing.join(' and ')} not installed.`);
} else {
  const classpath = await resolveClasspath('inherit');
  console.log(`Neo4j jars ready: ${classpath.split(path.delimiter).length} jars on the classpath.`);
}
