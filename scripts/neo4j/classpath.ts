import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';

/**
 * The Neo4j jars' classpath, resolved by Maven from `pom.xml` beside this file. Maven fetches the jars
 * from Maven Central on first use and keeps them in ~/.m2; the resolved classpath is cached under
 * `.neo4j/` (git-ignored) and reused while the pom is unchanged and every jar is still there.
 */
export const NEO4J_DIR = path.resolve(import.meta.dirname);
const POM = path.join(NEO4J_DIR, 'pom.xml');
const ROOT = path.resolve(NEO4J_DIR, '..', '..');
/** Where the launcher's working files live (classpath cache, `npm run neo4j`'s data): git-ignored. */
export const WORK_DIR = path.join(ROOT, '.neo4j');

/** How Maven's progress reaches the person waiting: shown as it comes, or kept for an error message. */
export type MavenOutput = 'inherit' | 'capture';

export class Neo4jSetupError extends Error {
  override readonly name = 'Neo4jSetupError';
}

export async function resolveClasspath(output: MavenOutput = 'capture'): Promise<string> {
  const pom = await readFile(POM);
  const key = createHash('sha256').update(pom).digest('hex').slice(0, 16);
  const cacheFile = path.join(WORK_DIR, `classpath-${key}.txt`);
  const cached = await readCached(cacheFile);
  if (cached !== undefined) return cached;

  await mkdir(WORK_DIR, { recursive: true });
  const partial = `${cacheFile}.partial`;
  await runMaven(
    [
      '-B',
      ...(output === 'capture' ? ['-q'] : []),
      '-f',
      POM,
      'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath',
      `-Dmdep.outputFile=${partial}`,
    ],
    output,
  );
  await rename(partial, cacheFile);
  const resolved = await readCached(cacheFile);
  if (resolved === undefined)
    throw new Neo4jSetupError(`Maven wrote an empty or broken classpath to ${cacheFile}.`);
  return resolved;
}

/** The cached classpath, or undefined when there is none or a jar it names has gone (a cleaned ~/.m2). */
async function readCached(file: string): Promise<string | undefined> {
  if (!existsSync(file)) return undefined;
  const classpath = (await readFile(file, 'utf8')).trim();
  const jars = classpath.split(path.delimiter).filter((jar) => jar !== '');
  if (jars.length === 0 || !jars.every((jar) => existsSync(jar))) return undefined;
  return classpath;
}

function runMaven(args: string[], output: MavenOutput): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('mvn', args, {
      stdio: ['ignore', output === 'inherit' ? 'inherit' : 'pipe', 'pipe'],
    });
    let captured = '';
    child.stdout?.on('data', (chunk: Buffer) => (captured += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => {
      captured += chunk.toString();
      if (output === 'inherit') process.stderr.write(chunk);
    });
    child.on('error', (error) =>
      reject(new Neo4jSetupError(`Could not run mvn (${error.message}). Install Maven 3.8+ and Java 17.`)),
    );
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Neo4jSetupError(
            `mvn could not resolve the Neo4j jars (exit code ${code}):\n${captured.slice(-4_000)}`,
          ),
        );
    });
  });
}

/** The commands a real Neo4j needs here that do not answer, e.g. `['mvn']`; empty when it can start. */
export async function missingJavaTools(): Promise<string[]> {
  const answered = await Promise.all([answers('java', ['-version']), answers('mvn', ['-v'])]);
  return ['java', 'mvn'].filter((_, i) => !answered[i]);
}

function answers(command: string, args: string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.on('error', () => resolve(false));
    child.on('exit', (code) => resolve(code === 0));
  });
}
