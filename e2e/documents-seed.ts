import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sentenceAnchor } from '@/app/lib/document-link';
import { inject } from 'vitest';
import { ROOT } from './browser';
import { sessionCookie } from './sign-in';

/**
 * What the document-view tests expect, read from the seed bundles on disk (graph/data/bundles/*.json)
 * rather than from the app, and a hostile bundle for the writable server.
 */

interface Span {
  documentId: string;
  sentence: string;
  start: number;
  end: number;
}

interface BundleOnDisk {
  documents: { id: string; title: string; text?: string; textFile?: string }[];
  relations: { id: string; evidence: Span[] }[];
}

/** One seed article and the evidence of the relations read from it. */
export interface SeedArticle {
  id: string;
  title: string;
  text: string;
  /** Anchor (`s-<start>-<end>`) → sentence, one per distinct evidence span in this article. */
  evidence: Map<string, string>;
  /** The distinct evidence spans, in the order of the text. */
  spans: Span[];
  /** The relations with evidence in this article. */
  relationIds: string[];
}

export function seedArticles(): SeedArticle[] {
  const dir = path.join(ROOT, 'graph', 'data', 'bundles');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => {
      const bundle = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as BundleOnDisk;
      return bundle.documents.map((document): SeedArticle => {
        const text = document.text ?? readFileSync(path.join(dir, document.textFile ?? ''), 'utf8');
        const related = bundle.relations.filter((r) => r.evidence.some((e) => e.documentId === document.id));
        const spans = new Map<string, Span>();
        for (const relation of related) {
          for (const span of relation.evidence.filter((e) => e.documentId === document.id)) {
            spans.set(sentenceAnchor(span), span);
          }
        }
        return {
          id: document.id,
          title: document.title,
          text,
          evidence: new Map([...spans].map(([anchor, span]) => [anchor, span.sentence])),
          spans: [...spans.values()].sort((a, b) => a.start - b.start),
          relationIds: related.map((r) => r.id),
        };
      });
    });
}

/** The hostile article's ids and the strings it carries. */
export const HOSTILE = {
  documentId: 'e2e-hostile-note',
  entityId: 'e2e-hostile-name',
  title: 'Breaking <img src=x onerror="window.__pwned=1;alert(1)"> news',
  name: '<script>window.__pwned=2</script>Mr Tag',
} as const;

/** A bundle whose title, entity name and text hold HTML and script, as an import from anywhere might. */
export function hostileBundle(): object {
  const sentence = `${HOSTILE.name} said <b onmouseover="alert(3)">hello</b> to Radio Tag.`;
  const text = `${sentence}\n`;
  const span = { documentId: HOSTILE.documentId, sentence, start: 0, end: sentence.length };
  const entity = (id: string, name: string) => ({
    id,
    name,
    type: 'Person',
    aliases: [],
    description: null,
    mentions: [span],
  });
  return {
    formatVersion: 1,
    documents: [
      {
        id: HOSTILE.documentId,
        title: HOSTILE.title,
        source: 'javascript:alert(4)',
        publishedAt: null,
        text,
      },
    ],
    entities: [entity(HOSTILE.entityId, HOSTILE.name), entity('e2e-radio-tag', 'Radio Tag')],
    relations: [
      {
        id: 'e2e-hostile-said',
        type: 'SAID',
        source: HOSTILE.entityId,
        target: 'e2e-radio-tag',
        statement: '<i>hello</i>',
        role: null,
        evidence: [span],
      },
    ],
  };
}

/**
 * Imports a bundle through `POST /api/import`, as the explorer's Import does, signed in as the e2e
 * editor; throws when it is refused.
 */
export async function importBundle(baseUrl: string, bundle: object): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([JSON.stringify(bundle)], { type: 'application/json' }), 'hostile.json');
  const cookie = await sessionCookie(baseUrl, inject('editor'));
  const response = await fetch(`${baseUrl}/api/import`, {
    method: 'POST',
    headers: { 'x-newsgraph-csrf': '1', cookie },
    body: form,
  });
  if (!response.ok) throw new Error(`import failed: ${response.status} ${await response.text()}`);
}
