import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { bundleSchema } from '../../bundle/bundle-schema';
import { documentSchema, entityTypeSchema, idSchema, relationTypeSchema } from '../../model';
import { splitSentences } from '../../text/sentences';

/**
 * The gold set `npm run eval:extract` scores against: one JSON file per article under
 * `graph/data/eval/<set>/`, naming the article's text file, its entities and its relations, each relation
 * with the first words of the sentence that states it (README in graph/data/eval/ says how to write one).
 * The seed bundle is read as a gold article too.
 */

const goldFileSchema = z
  .object({
    document: documentSchema
      .omit({ text: true })
      .extend({ textFile: z.string().min(1) })
      .strict(),
    origin: z.string().min(1),
    entities: z.array(
      z
        .object({
          id: idSchema,
          type: entityTypeSchema,
          name: z.string().min(1),
          aliases: z.array(z.string().min(1)),
        })
        .strict(),
    ),
    relations: z.array(
      z
        .object({ type: relationTypeSchema, source: idSchema, target: idSchema, sentence: z.string().min(1) })
        .strict(),
    ),
  })
  .strict();

export interface GoldEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
}

export interface GoldRelation {
  type: string;
  source: string;
  target: string;
  /** Index of the sentence in our own segmentation of the text. */
  sentence: number;
}

export interface GoldArticle {
  set: string;
  file: string;
  document: z.infer<typeof documentSchema>;
  entities: GoldEntity[];
  relations: GoldRelation[];
  /** Whether the article's entities are linked against the seed graph (every article but the seed's own). */
  linksToSeed: boolean;
}

function sentenceIndex(text: string, prefix: string, where: string): number {
  const found = splitSentences(text)
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.text.startsWith(prefix));
  if (found.length !== 1) {
    throw new Error(
      `${where}: ${found.length} sentences start with ${JSON.stringify(prefix)}; it must be exactly one.`,
    );
  }
  return (found[0] as { i: number }).i;
}

export async function readGoldFile(file: string, set: string): Promise<GoldArticle> {
  const parsed = goldFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const gold = parsed.data;
  const text = await readFile(path.join(path.dirname(file), gold.document.textFile), 'utf8');
  const { textFile: _, ...document } = gold.document;
  void _;
  const ids = new Set(gold.entities.map((e) => e.id));
  const relations = gold.relations.map((r, i) => {
    for (const end of [r.source, r.target]) {
      if (!ids.has(end))
        throw new Error(`${file}: relations[${i}] names ${end}, which is not among its entities.`);
    }
    return { ...r, sentence: sentenceIndex(text, r.sentence, `${file}: relations[${i}]`) };
  });
  return {
    set,
    file,
    document: { ...document, text },
    entities: gold.entities,
    relations,
    linksToSeed: true,
  };
}

/** The seed bundle as a gold article: its hand-written entities and relations are the gold. */
export async function readSeedAsGold(bundleFile: string, set: string): Promise<GoldArticle> {
  const bundle = bundleSchema.parse(JSON.parse(await readFile(bundleFile, 'utf8')));
  const doc = bundle.documents[0];
  if (doc === undefined || doc.textFile === undefined)
    throw new Error(`${bundleFile}: expected one document with a textFile`);
  const text = await readFile(path.join(path.dirname(bundleFile), doc.textFile), 'utf8');
  const sentences = splitSentences(text);
  const relations = bundle.relations.flatMap((r) =>
    r.evidence.map((e) => ({
      type: r.type,
      source: r.source,
      target: r.target,
      sentence: sentences.findIndex((s) => s.start === e.start),
    })),
  );
  return {
    set,
    file: bundleFile,
    document: { id: doc.id, title: doc.title, source: doc.source, publishedAt: doc.publishedAt, text },
    entities: bundle.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases })),
    relations,
    linksToSeed: false,
  };
}

/** Every gold file of a set folder, sorted by name. */
export async function readGoldSet(dir: string, set: string): Promise<GoldArticle[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map((f) => readGoldFile(path.join(dir, f), set)));
}
