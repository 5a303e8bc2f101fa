import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import type { MavenOutput } from './classpath';
import { NEO4J_DIR, Neo4jSetupError, resolveClasspath } from './classpath';

export { freePort } from '../free-port';

/**
 * Starts and stops our Neo4j launcher (NewsgraphNeo4j.java): `npm run neo4j` in the foreground, and the
 * tests' real server. Only this module knows the JVM's flags.
 */

/**
 * From Neo4j 5.26's neo4j.conf (`server.jvm.additional`): without the --add-opens flags the page cache
 * falls back to a slower path on Java 17 ("Reflection access to java.nio.DirectByteBuffer is not
 * available"), and Netty, which serves Bolt, wants reflective access to set up its buffers.
 */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

/**
 * Sized for our machines (2 cores, 24 GB) running the app, the tests and a browser beside it: a fixed
 * 1 GB heap (Neo4j warns when the initial heap is left to the JVM) and 512 MB of page cache, which holds
 * the 500k-relation benchmark graph's hot part. Both can be raised for bigger graphs.
 */
export const DEFAULT_HEAP_MIB = 1024;
export const DEFAULT_PAGE_CACHE_MIB = 512;
const READY_TIMEOUT_MS = 180_000;

export interface Neo4jServerOptions {
  /** The folder for the server's data/ and logs/ (created when missing; reused when it holds a database). */
  home: string;
  port: number;
  /** The password of the user `neo4j`. */
  password: string;
  heapMiB?: number;
  pageCacheMiB?: number;
  /** Maven's progress while the jars are fetched on first use. */
  mavenOutput?: MavenOutput;
}

export interface RunningNeo4j {
  readonly uri: string;
  /** The JVM's process id (the benchmarks read its CPU time from /proc). */
  readonly pid: number;
  readonly user: 'neo4j';
  readonly password: string;
  /** Neo4j's own log (debug.log), and the launcher's stderr beside it. */
  readonly logFile: string;
  /** Resolves with the exit code once the JVM has gone (null when killed by a signal). */
  readonly exited: Promise<number | null>;
  /** SIGTERM (a clean shutdown), then SIGKILL if it has not gone within 30 s. */
  stop(): Promise<void>;
}

export async function startNeo4j(options: Neo4jServerOptions): Promise<RunningNeo4j> {
  const classpath = await resolveClasspath(options.mavenOutput ?? 'capture');
  await mkdir(path.join(options.home, 'logs'), { recursive: true });
  const launcherLog = path.join(options.home, 'logs', 'launcher.log');
  const heap = options.heapMiB ?? DEFAULT_HEAP_MIB;
  const child = spawn(
    'java',
    [
      ...JVM_FLAGS,
      `-Xms${heap}m`,
      `-Xmx${heap}m`,
      '-cp',
      classpath,
      path.join(NEO4J_DIR, 'NewsgraphNeo4j.java'),
    ],
    {
      env: {
        ...process.env,
        NEWSGRAPH_NEO4J_HOME: options.home,
        NEWSGRAPH_NEO4J_PORT: String(options.port),
        NEWSGRAPH_NEO4J_PASSWORD: options.password,
        NEWSGRAPH_NEO4J_PAGECACHE: String(options.pageCacheMiB ?? DEFAULT_PAGE_CACHE_MIB),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // A test run that dies must not leave a JVM behind holding the port and 1.5 GB.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const log = createWriteStream(launcherLog, { flags: 'a' });
  let stderrTail = '';
  child.stderr.on('data', (chunk: Buffer) => {
    log.write(chunk);
    stderrTail = (stderrTail + chunk.toString()).slice(-4_000);
  });
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      process.removeListener('exit', killOnExit);
      log.end();
      resolve(code);
    }),
  );

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    const uri = await waitForReadyLine(child.stdout, exited, () => stderrTail, launcherLog);
    await waitForBolt(uri, options.password);
    return {
      uri,
      pid: child.pid ?? -1,
      user: 'neo4j',
      password: options.password,
      logFile: path.join(options.home, 'logs', 'debug.log'),
      exited,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForReadyLine(
  stdout: NodeJS.ReadableStream,
  exited: Promise<number | null>,
  stderrTail: () => string,
  launcherLog: string,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new Neo4jSetupError(
            `Neo4j did not say it was ready within ${READY_TIMEOUT_MS / 1000} s; see ${launcherLog}.`,
          ),
        ),
      READY_TIMEOUT_MS,
    );
    const lines = createInterface({ input: stdout });
    lines.on('line', (line) => {
      const ready = /^newsgraph-neo4j ready (bolt:\/\/\S+)$/.exec(line);
      if (ready?.[1] === undefined) return;
      clearTimeout(timer);
      resolve(ready[1]);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Neo4jSetupError(`Neo4j exited with code ${code} before it was ready:\n${stderrTail()}`));
    });
  });
}

/** Bolt answers `RETURN 1` with the password: polled, never slept on. */
async function waitForBolt(uri: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { connectionTimeout: 2_000 });
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await driver.executeQuery('RETURN 1');
        return;
      } catch (error) {
        if (attempt >= 100) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  } finally {
    await driver.close();
  }
}
