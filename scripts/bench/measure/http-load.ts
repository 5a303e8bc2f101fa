import autocannon from 'autocannon';
import type { LatencySummary } from '../harness/stats';
import { summarize } from '../harness/stats';

/**
 * One bounded autocannon run against /api/graphql: `connections` clients, each sending its next request as
 * soon as the previous one is answered, for `seconds`. Latencies are recorded from autocannon's `response`
 * events (fractions of a millisecond kept; its own histogram rounds to whole milliseconds).
 */
export interface HttpRunOptions {
  url: string;
  connections: number;
  seconds: number;
  /** The body of the n-th request (n counts across all connections). */
  body: (n: number) => string;
  /** Seconds a client waits for an answer before counting a timeout. */
  timeoutSeconds?: number;
}

export interface HttpRun {
  connections: number;
  seconds: number;
  /** Answers with status 2xx and no GraphQL `errors`. */
  ok: number;
  /** Requests per second that were answered (any status). */
  throughput: number;
  latency: LatencySummary;
  statusCounts: Record<string, number>;
  /** Connection errors and timeouts (autocannon counts timeouts among errors too). */
  errors: number;
  timeouts: number;
  /** 2xx answers whose body held GraphQL errors. */
  graphqlErrors: number;
}

export function runHttp(options: HttpRunOptions): Promise<HttpRun> {
  let n = 0;
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${options.url}/api/graphql`,
        connections: options.connections,
        duration: options.seconds,
        timeout: options.timeoutSeconds ?? 60,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: options.body(n++) }),
          },
        ],
        verifyBody: (body) => !String(body).includes('"errors":'),
      },
      (error: unknown, result) => {
        if (error !== null && error !== undefined) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const answered = latencies.length;
        const okStatus = result['2xx'];
        resolve({
          connections: options.connections,
          seconds: result.duration,
          ok: okStatus - result.mismatches,
          throughput: answered / result.duration,
          latency: summarize(latencies),
          statusCounts,
          errors: result.errors,
          timeouts: result.timeouts,
          graphqlErrors: result.mismatches,
        });
      },
    );
    instance.on('response', (_client, status, _bytes, responseTime) => {
      latencies.push(responseTime);
      statusCounts[status] = (statusCounts[status] ?? 0) + 1;
    });
  });
}
