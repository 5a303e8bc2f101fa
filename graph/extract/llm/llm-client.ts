import { z } from 'zod';
import type { LlmSettings } from '../draft';
import { LlmUnavailableError } from './llm-errors';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

const MAX_ERROR_BODY_CHARS = 300;

/** The part of an OpenAI-compatible chat completion we read. */
const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string().nullable() }) })).min(1),
});

/**
 * One call to an OpenAI-compatible `POST {baseUrl}/chat/completions` (OpenAI, Ollama, llama.cpp, vLLM …)
 * with the answer constrained by a JSON schema (`response_format: json_schema`, strict) and temperature 0.
 * Bounded by `settings.timeoutMs` and by `signal`. Returns the message content; every failure is an
 * LlmUnavailableError saying what went wrong.
 */
export async function chatCompletion(
  settings: LlmSettings,
  messages: readonly ChatMessage[],
  schema: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<string> {
  const url = `${settings.baseUrl}/chat/completions`;
  const { $schema: _, ...jsonSchema } = schema;
  void _;
  const timeout = AbortSignal.timeout(settings.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(settings.apiKey !== null ? { authorization: `Bearer ${settings.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: settings.model,
        messages,
        temperature: 0,
        response_format: {
          type: 'json_schema',
          json_schema: { name: 'extraction', strict: true, schema: jsonSchema },
        },
      }),
      signal: signal === undefined ? timeout : AbortSignal.any([timeout, signal]),
    });
  } catch (error) {
    throw unreachable(url, settings, error, timeout);
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    throw unreachable(url, settings, error, timeout);
  }
  if (!response.ok) {
    throw new LlmUnavailableError(
      `The LLM endpoint ${url} answered HTTP ${response.status}: ${body.slice(0, MAX_ERROR_BODY_CHARS)}`,
    );
  }
  let parsed: z.infer<typeof completionSchema>;
  try {
    parsed = completionSchema.parse(JSON.parse(body));
  } catch {
    throw new LlmUnavailableError(
      `The LLM endpoint ${url} did not answer with a chat completion: ${body.slice(0, MAX_ERROR_BODY_CHARS)}`,
    );
  }
  const content = parsed.choices[0]?.message.content;
  if (content === null || content === undefined || content.trim() === '') {
    throw new LlmUnavailableError(`The LLM endpoint ${url} answered with an empty message.`);
  }
  return content;
}

function unreachable(
  url: string,
  settings: LlmSettings,
  error: unknown,
  timeout: AbortSignal,
): LlmUnavailableError {
  if (timeout.aborted) {
    return new LlmUnavailableError(
      `The LLM endpoint ${url} did not answer within ${settings.timeoutMs} ms (NEWSGRAPH_LLM_TIMEOUT_MS).`,
      { cause: error },
    );
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const why = cause instanceof Error ? ('code' in cause ? String(cause.code) : cause.message) : String(cause);
  return new LlmUnavailableError(
    `The LLM endpoint ${url} cannot be reached (${why}). Is the server running? Check NEWSGRAPH_LLM_BASE_URL.`,
    { cause: error },
  );
}
