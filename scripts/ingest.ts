/**
 * npm run ingest -- FILE... [--title T] [--source URL] [--date YYYY-MM-DD] --out DRAFT.json
 * npm run ingest -- --accept DRAFT.json
 *
 * The first form reads articles (.txt, .md, .html), extracts entities and relations with their sentences,
 * links them to what the graph holds and writes a draft in our bundle format for review; it reads the
 * store but never writes to it. The second loads a reviewed draft through the all-or-nothing import path.
 * Exit codes: 0 done, 1 invalid input or arguments (nothing written), 2 configuration, 3 store unavailable.
 */
import { exitCodeFor, runCli } from './cli';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { describeIoError } from '../graph/bundle/read-json';
import { describeStoreLocation } from '../graph/bundle/seed';
import { graphConfig } from '../graph/config';
import { createStore } from '../graph/create-store';
import { InvalidArgumentError, InvalidDataError } from '../graph/errors';
import type { Draft } from '../graph/extract/draft';
import { draftSchema } from '../graph/extract/draft';
import { extract } from '../graph/extract/extract';
import { resolveLlmConfig } from '../graph/extract/llm/llm-config';
import { idAllocator, slugify } from '../graph/extract/ids';
import { mergeDrafts } from '../graph/extract/merge-drafts';
import { ImportRejectedError } from '../graph/import';
import { assertArticleSize, readArticleText } from '../graph/articles/read-article';
import { findDuplicate } from '../graph/articles/duplicates';
import { ArticleRejectedError } from '../graph/articles/errors';
import { resolveIngestLimits } from '../graph/articles/limits';
import { writeReviewed } from '../graph/drafts/accept-draft';
import { DraftNotReadyError } from '../graph/drafts/errors';
import type { Document } from '../graph/model';

const USAGE = `Usage: npm run ingest -- FILE... [--title T] [--source URL] [--date YYYY-MM-DD] --out DRAFT.json
       npm run ingest -- --accept DRAFT.json

The first form reads news articles (.txt, .md or .html; HTML is reduced to the article's readable text),
proposes the entities and relations each states, every relation with its exact sentence, links them to the
entities the configured store already holds ("existing": true), and writes one draft in our bundle format
to DRAFT.json for review. It reads the store but writes nothing to it.
The second form loads a reviewed draft into the store, all or nothing, through the import path: entities
already in the graph keep their mentions and gain the new ones, and a relation already stated gains the new
evidence.

  --title T     the article's title (one file only; default: the HTML title, else the first line)
  --source URL  where the article came from (one file only)
  --date D      publication date, YYYY-MM-DD
  --out FILE    where to write the draft
  --accept FILE load a reviewed draft into the store
  --llm         also ask the LLM endpoint of NEWSGRAPH_LLM_BASE_URL / NEWSGRAPH_LLM_MODEL; if it fails,
                the draft holds the rules' proposals and a warning says why
  --help        show this text

Limits: NEWSGRAPH_MAX_ARTICLE_BYTES (default 2 MB per file); NEWSGRAPH_LLM_TIMEOUT_MS (default 60 s per article).`;

const MAX_TITLE_CHARS = 120;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      title: { type: 'string' },
      source: { type: 'string' },
      date: { type: 'string' },
      out: { type: 'string' },
      accept: { type: 'string' },
      llm: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.accept !== undefined) {
    if (positionals.length > 0 || values.out !== undefined) {
      throw new InvalidArgumentError('--accept takes a draft and nothing else.');
    }
    return accept(values.accept);
  }
  if (positionals.length === 0) throw new InvalidArgumentError('Give at least one article file.');
  if (values.out === undefined)
    throw new InvalidArgumentError('Give --out DRAFT.json: where to write the draft.');
  if (positionals.length > 1 && (values.title !== undefined || values.source !== undefined)) {
    throw new InvalidArgumentError(
      '--title and --source describe one article: give them with one file only.',
    );
  }
  if (values.date !== undefined && !z.iso.date().safeParse(values.date).success) {
    throw new InvalidArgumentError(`--date ${values.date} is not a date; write it as YYYY-MM-DD.`);
  }
  if (values.title !== undefined && values.title.trim() === '')
    throw new InvalidArgumentError('--title is empty.');
  if (values.source !== undefined && values.source.trim() === '')
    throw new InvalidArgumentError('--source is empty.');

  const { maxArticleBytes } = resolveIngestLimits();
  const llm = values.llm ? resolveLlmConfig() : null;
  if (values.llm && llm === null) {
    throw new InvalidArgumentError(
      '--llm needs an endpoint: set NEWSGRAPH_LLM_BASE_URL and NEWSGRAPH_LLM_MODEL.',
    );
  }
  const articles = await readArticles(positionals, maxArticleBytes);
  const config = graphConfig().store;
  const store = await createStore(config);
  try {
    const stored = await store.readAll();
    const problems: string[] = [];
    const documentId = idAllocator(stored.documents.map((d) => d.id));
    const documents: Document[] = [];
    for (const [file, article] of articles) {
      const source = values.source ?? null;
      const duplicate = findDuplicate([...stored.documents, ...documents], article.text, source);
      if (duplicate !== undefined) {
        const { document, by } = duplicate;
        problems.push(
          `${file} is already in the graph: document "${document.id}" has the same ${by === 'url' ? `source (${source})` : 'text'}. Nothing to add; to extract it again, use a copy with its own text and source.`,
        );
        continue;
      }
      const title = values.title ?? article.foundTitle ?? firstLine(article.text) ?? path.basename(file);
      documents.push({
        id: documentId(slugify(title, 'article')),
        title,
        source,
        publishedAt: values.date ?? null,
        text: article.text,
      });
    }
    if (problems.length > 0)
      throw new InvalidDataError(problems.join('\n'), positionals.join(', '), '(file)');

    const known = stored.entities.map(({ id, name, type, aliases }) => ({ id, name, type, aliases }));
    const drafts: Draft[] = [];
    for (const [i, document] of documents.entries()) {
      const draft = await extract(document, known, llm === null ? {} : { extractors: ['rules', 'llm'], llm });
      drafts.push(draft);
      if (documents.length > 1) {
        console.error(
          `[${i + 1}/${documents.length}] ${articles[i]?.[0]}: ${draft.entities.length} entities, ${draft.relations.length} relations`,
        );
      }
    }
    const draft = draftSchema.parse(mergeDrafts(drafts));
    await writeFile(values.out, `${JSON.stringify(draft, null, 2)}\n`);
    const existing = draft.entities.filter((e) => e.existing === true).length;
    console.log(
      `Wrote ${values.out}: ${draft.documents.length} document(s), ${draft.entities.length} entities (${existing} already in the graph), ${draft.relations.length} relations.`,
    );
    console.log(
      `Linked against ${describeStoreLocation(config)}; nothing was written to it. Review the draft, then: npm run ingest -- --accept ${values.out}`,
    );
    for (const warning of draft.extraction.warnings) console.error(`warning: ${warning}`);
  } finally {
    await store.close();
  }
  return 0;
}

/**
 * Reads and checks every file before extracting any, with the same checks as the article form
 * (`graph/articles/read-article.ts`); all problems are reported together.
 */
async function readArticles(files: readonly string[], maxBytes: number) {
  const articles: [string, ReturnType<typeof readArticleText>][] = [];
  const problems: string[] = [];
  for (const file of files) {
    try {
      // Checked before reading, so a huge file is never loaded.
      assertArticleSize(file, (await stat(file)).size, maxBytes);
      const bytes = new Uint8Array(await readFile(file));
      articles.push([file, readArticleText({ body: { kind: 'file', name: file, bytes } }, maxBytes)]);
    } catch (error) {
      if (error instanceof ArticleRejectedError) {
        problems.push(error.message.startsWith(file) ? error.message : `${file}: ${error.message}`);
      } else problems.push(`${file}: cannot read the file (${describeIoError(error)}).`);
    }
  }
  if (problems.length > 0) throw new InvalidDataError(problems.join('\n'), files.join(', '), '(file)');
  return articles;
}

function firstLine(text: string): string | null {
  const line = text
    .split('\n')
    .find((l) => l.trim() !== '')
    ?.trim();
  if (line === undefined) return null;
  return line.length > MAX_TITLE_CHARS ? `${line.slice(0, MAX_TITLE_CHARS - 1)}…` : line;
}

async function accept(file: string): Promise<number> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const why =
      error instanceof SyntaxError
        ? `is not valid JSON (${error.message})`
        : `cannot be read (${describeIoError(error)})`;
    throw new InvalidDataError(`${file} ${why}.`, file, '(file)');
  }
  const parsed = draftSchema.safeParse(json);
  if (!parsed.success) {
    throw new InvalidDataError(
      `${file} is not a draft written by npm run ingest:\n${z.prettifyError(parsed.error)}`,
      file,
      '(file)',
    );
  }
  const config = graphConfig().store;
  const store = await createStore(config);
  try {
    // The review screen's accept path, every proposal of the file accepted as it stands.
    const { summary } = await writeReviewed(store, parsed.data, undefined, file);
    const kinds = (['documents', 'entities', 'relations'] as const).map(
      (k) =>
        `${k}: ${summary[k].created} created, ${summary[k].updated} updated, ${summary[k].unchanged} unchanged`,
    );
    console.log(`Accepted ${file} into ${describeStoreLocation(config)}.\n${kinds.join('\n')}`);
  } finally {
    await store.close();
  }
  return 0;
}

runCli(main, (error, message) => {
  if (error instanceof ImportRejectedError) return `${message}\nNothing was written.`;
  if (error instanceof DraftNotReadyError) return `${message}\nNothing was written.`;
  if (error instanceof InvalidDataError) return `${message}\nNothing was written.`;
  return exitCodeFor(error) === 1 ? `${message}\n\n${USAGE}` : message;
});
