import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LlmSettings } from '../draft';
import { draftSchema } from '../draft';
import { extract } from '../extract';
import { LlmUnavailableError } from './llm-errors';

/**
 * The LLM extractor against a local stub server that speaks the OpenAI chat-completions protocol: good,
 * partly invalid, malformed, failing, slow and refused answers.
 */
type Handler = (body: Record<string, unknown>, req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler;
let server: Server;
let baseUrl: string;
const requests: { body: Record<string, unknown>; authorization: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (chunk: Buffer) => (data += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(data) as Record<string, unknown>;
      requests.push({ body, authorization: req.headers.authorization });
      if (req.url !== '/v1/chat/completions') {
        res.writeHead(404).end('not found');
        return;
      }
      handler(body, req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests.length = 0;
});

const TEXT = 'Correspondent Sharyn Alfonsi said CBS News pulled the segment. Bari Weiss disagreed.';
const doc = { id: 'doc', title: 'T', source: null, publishedAt: null, text: TEXT };
const settings = (overrides: Partial<LlmSettings> = {}): LlmSettings => ({
  baseUrl,
  model: 'stub-model',
  apiKey: 'sk-test',
  timeoutMs: 5_000,
  ...overrides,
});
const completion = (content: unknown) =>
  JSON.stringify({
    choices: [
      {
        message: {
          role: 'assistant',
          content: typeof content === 'string' ? content : JSON.stringify(content),
        },
      },
    ],
  });
const answerWith =
  (content: unknown): Handler =>
  (_b, _r, res) =>
    res.writeHead(200, { 'content-type': 'application/json' }).end(completion(content));

const GOOD = {
  entities: [
    { name: 'Sharyn Alfonsi', type: 'Person', aliases: [], description: 'Correspondent', sentences: [0] },
    { name: 'CBS News', type: 'MediaOrganization', aliases: [], description: null, sentences: [0] },
    { name: 'Bari Weiss', type: 'Person', aliases: [], description: null, sentences: [1, 7] },
    { name: 'Mars Base', type: 'Spaceship', aliases: [], description: null, sentences: [0] },
    { name: 'Nobody Here', type: 'Person', aliases: [], description: null, sentences: [0] },
  ],
  relations: [
    {
      type: 'SAID',
      source: 'Sharyn Alfonsi',
      target: 'CBS News',
      statement: 'CBS News pulled the segment',
      role: null,
      sentence: 0,
    },
    { type: 'SAID', source: 'Sharyn Alfonsi', target: 'Ghost', statement: null, role: null, sentence: 0 },
    { type: 'SAID', source: 'Bari Weiss', target: 'CBS News', statement: null, role: null, sentence: 12 },
    {
      type: 'TELEPORTED',
      source: 'Bari Weiss',
      target: 'CBS News',
      statement: null,
      role: null,
      sentence: 1,
    },
  ],
};

describe('LLM extractor', () => {
  it('asks for a JSON-schema constrained answer with our types and numbered sentences', async () => {
    handler = answerWith({ entities: [], relations: [] });
    await extract(doc, [], { extractors: ['llm'], llm: settings() });
    const { body, authorization } = requests[0] ?? { body: {}, authorization: undefined };
    expect(authorization).toBe('Bearer sk-test');
    expect(body.model).toBe('stub-model');
    expect(body.temperature).toBe(0);
    const format = body.response_format as {
      type: string;
      json_schema: { strict: boolean; schema: { properties: Record<string, unknown> } };
    };
    expect(format.type).toBe('json_schema');
    expect(format.json_schema.strict).toBe(true);
    expect(JSON.stringify(format.json_schema.schema)).toContain('"MediaOrganization"');
    const messages = body.messages as { role: string; content: string }[];
    expect(messages.at(-1)?.content).toBe(
      '[0] Correspondent Sharyn Alfonsi said CBS News pulled the segment.\n[1] Bari Weiss disagreed.',
    );
  });

  it('keeps the valid items, with our sentences and offsets, and drops and counts the rest', async () => {
    handler = answerWith(GOOD);
    const draft = await extract(doc, [], { extractors: ['llm'], llm: settings() });
    expect(draftSchema.safeParse(draft).success).toBe(true);
    expect(draft.entities.map((e) => e.id)).toEqual(['sharyn-alfonsi', 'cbs-news', 'bari-weiss']);
    expect(draft.entities.every((e) => e.extractor === 'llm')).toBe(true);
    expect(draft.relations).toHaveLength(1);
    expect(draft.relations[0]?.evidence).toEqual([
      {
        documentId: 'doc',
        sentence: 'Correspondent Sharyn Alfonsi said CBS News pulled the segment.',
        start: 0,
        end: 62,
      },
    ]);
    // a type not ours (entity and relation), a name in none of its sentences, a sentence out of range
    // (entity and relation), a relation end that is no entity
    expect(draft.extraction.dropped).toBe(6);
  });

  it('marks items both extractors propose as "both"', async () => {
    handler = answerWith(GOOD);
    const draft = await extract(doc, [], { extractors: ['rules', 'llm'], llm: settings() });
    expect(draft.extraction.extractors).toEqual(['rules', 'llm']);
    expect(draft.entities.find((e) => e.id === 'sharyn-alfonsi')?.extractor).toBe('both');
    expect(draft.documents).toEqual([doc]);
  });

  it.each([
    ['a malformed answer', answerWith('this is not json {'), /other than the JSON asked for/u],
    ['an answer of the wrong shape', answerWith({ people: [] }), /other than the JSON asked for/u],
    [
      'a response that is no chat completion',
      ((_b, _r, res) => res.writeHead(200).end('<html>')) as Handler,
      /did not answer with a chat completion/u,
    ],
    [
      'an HTTP error',
      ((_b, _r, res) => res.writeHead(500).end('model not loaded')) as Handler,
      /answered HTTP 500: model not loaded/u,
    ],
  ])('fails with a clear error on %s when it runs alone', async (_, h, message) => {
    handler = h;
    const error = await extract(doc, [], { extractors: ['llm'], llm: settings() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmUnavailableError);
    expect((error as Error).message).toMatch(message);
  });

  it('gives up on a slow endpoint after its time bound', async () => {
    handler = (_b, _r, res) => setTimeout(() => res.writeHead(200).end(completion(GOOD)), 2_000).unref();
    const error = await extract(doc, [], { extractors: ['llm'], llm: settings({ timeoutMs: 100 }) }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(LlmUnavailableError);
    expect((error as Error).message).toMatch(/did not answer within 100 ms/u);
  });

  it('says the endpoint cannot be reached when nothing listens, and keeps the rules’ draft when both run', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = settings({ baseUrl: `http://127.0.0.1:${port}/v1` });
    const error = await extract(doc, [], { extractors: ['llm'], llm: refused }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/cannot be reached \(ECONNREFUSED\)/u);
    const draft = await extract(doc, [], { extractors: ['rules', 'llm'], llm: refused });
    expect(draft.entities.length).toBeGreaterThan(0);
    expect(draft.extraction.warnings.join(' ')).toMatch(
      /cannot be reached.*rules extractor's proposals only/u,
    );
  });
});
