import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { BUNDLE_FORMAT_VERSION } from '../../../graph/bundle/bundle-schema';
import type { GraphBatch } from '../../../graph/model';

/** Items per chunk written: big enough to keep the stream busy, small enough to stay far from V8's string limit. */
const CHUNK = 5_000;

/**
 * Writes a batch as a JSON bundle (the format `npm run seed` and `npm run import` read, texts inline),
 * streamed item by item: one JSON.stringify of a million-relation graph would pass V8's maximum string length.
 */
export async function writeBundleFile(file: string, batch: GraphBatch): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await pipeline(Readable.from(bundleChunks(batch)), createWriteStream(file));
}

function* bundleChunks(batch: GraphBatch): Generator<string> {
  yield `{"formatVersion":${BUNDLE_FORMAT_VERSION}`;
  for (const kind of ['documents', 'entities', 'relations'] as const) {
    const items: readonly unknown[] = batch[kind];
    yield `,${JSON.stringify(kind)}:[`;
    for (let i = 0; i < items.length; i += CHUNK) {
      const chunk = items.slice(i, i + CHUNK).map((item) => JSON.stringify(item));
      yield `${i === 0 ? '' : ','}${chunk.join(',')}`;
    }
    yield ']';
  }
  yield '}\n';
}
