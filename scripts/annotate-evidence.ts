/**
 * npm run data:annotate [-- [--check] [bundle.json ...]]
 *
 * Fills in what a curator must not type by hand: evidence offsets and entity mentions (see
 * graph/bundle/annotate.ts). With no files named, annotates every bundle in graph/data/bundles. Other
 * bundles in that folder are always read as context, so cross-bundle mentions do not depend on which
 * files were named. Writes a file only when its content changed; --check writes nothing and exits 1 if
 * any file is out of date (for CI).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { annotateBundles } from '../graph/bundle/annotate';
import type { Bundle } from '../graph/bundle/bundle-schema';
import { listBundleFiles } from '../graph/bundle/bundle-files';
import { checkBundles } from '../graph/bundle/check-bundles';
import { readDraftBundle } from '../graph/bundle/read-draft';
import { InvalidDataError } from '../graph/errors';
import { splitSentences } from '../graph/text/sentences';

const USAGE = `Usage: npm run data:annotate -- [--check] [bundle.json ...]

Computes evidence offsets and entity mentions in the named bundle files
(default: every *.json in graph/data/bundles) and writes back the files that changed.

  --check   write nothing; exit 1 if any file is out of date
  --help    show this text`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { check: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
    allowPositionals: true,
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }

  const defaults = await listBundleFiles();
  const named = positionals.length > 0 ? positionals.map((p) => path.resolve(p)) : defaults;
  const context = [...new Set([...named, ...defaults])];
  const drafts = [];
  for (const file of context) drafts.push(await readDraftBundle(file));
  const annotated = annotateBundles(drafts);

  // Check what annotation cannot fix (duplicate ids, relations to missing entities) before writing anything.
  checkBundles(annotated);

  let outOfDate = 0;
  for (const draft of annotated) {
    const { bundle } = draft;
    if (!named.includes(draft.file)) continue;
    const formatted = await serialize(bundle, draft.file);
    const changed = (await readFile(draft.file, 'utf8')) !== formatted;
    const name = path.relative(process.cwd(), draft.file);
    if (changed && !values.check) await writeFile(draft.file, formatted);
    if (changed) outOfDate += 1;
    const state = changed ? (values.check ? 'OUT OF DATE' : 'updated') : 'unchanged';
    console.log(`${name}: ${state}`);
    report(bundle, draft.documents);
  }

  return values.check && outOfDate > 0 ? 1 : 0;
}

/** Stable key order (set by annotateBundles), then the project's Prettier style so `npm run lint` agrees. */
async function serialize(bundle: Bundle, file: string): Promise<string> {
  const options = await prettier.resolveConfig(file);
  return prettier.format(JSON.stringify(bundle, null, 2), { ...options, filepath: file });
}

/** What was computed, and what a curator should look at: entities never mentioned, sentences unused. */
function report(bundle: Bundle, documents: readonly { id: string; text: string }[]): void {
  const evidence = bundle.relations.reduce((n, r) => n + r.evidence.length, 0);
  const mentions = bundle.entities.reduce((n, e) => n + e.mentions.length, 0);
  console.log(
    `  ${bundle.documents.length} document(s), ${bundle.entities.length} entities (${mentions} mentions), ` +
      `${bundle.relations.length} relations (${evidence} evidence sentences located)`,
  );
  for (const entity of bundle.entities) {
    if (entity.mentions.length === 0) console.log(`  warning: entity "${entity.id}" is mentioned nowhere`);
  }
  const used = new Set(
    [...bundle.entities.flatMap((e) => e.mentions), ...bundle.relations.flatMap((r) => r.evidence)].map(
      (e) => `${e.documentId}\u0000${e.start}`,
    ),
  );
  for (const document of documents) {
    for (const s of splitSentences(document.text)) {
      if (!used.has(`${document.id}\u0000${s.start}`)) {
        console.log(
          `  warning: ${document.id} [${s.start}, ${s.end}) is neither evidence nor a mention: ${s.text}`,
        );
      }
    }
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof InvalidDataError) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`${error.message}\n\n${USAGE}`);
      process.exitCode = 1;
      return;
    }
    throw error;
  },
);
