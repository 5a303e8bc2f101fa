/**
 * Reads a request body up to a size limit, enforced twice: from Content-Length before a byte is read (an
 * honest client is refused at once), and while reading (a client that lies or streams without a length is
 * cut off as soon as it passes the limit, instead of filling the server's memory).
 */
export type BoundedBody = { kind: 'read'; text: string } | { kind: 'too-large' };

/** Public: the body of `request` as UTF-8 text, or `too-large` past `maxBytes`. */
export async function readBoundedText(request: Request, maxBytes: number): Promise<BoundedBody> {
  const body = await readBoundedBytes(request, maxBytes);
  return body.kind === 'read' ? { kind: 'read', text: Buffer.from(body.bytes).toString('utf8') } : body;
}

/** Public: the body of `request` as bytes (for a multipart form), or `too-large` past `maxBytes`. */
export async function readBoundedBytes(
  request: Request,
  maxBytes: number,
): Promise<{ kind: 'read'; bytes: Uint8Array<ArrayBuffer> } | { kind: 'too-large' }> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) return { kind: 'too-large' };
  if (request.body === null) return { kind: 'read', bytes: new Uint8Array() };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return { kind: 'too-large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { kind: 'read', bytes };
}
