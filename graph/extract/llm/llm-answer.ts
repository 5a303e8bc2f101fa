import { z } from 'zod';
import { ENTITY_TYPES, relationTypes } from '../types';

/**
 * What the model must answer: entities and relations of our types, evidence as sentence numbers of our
 * own segmentation (the model never quotes; sentence text and offsets always come from us). The JSON
 * schema sent with the request is generated from these zod schemas, so the two cannot drift apart.
 */
export function llmItemSchemas() {
  const entity = z
    .object({
      name: z.string().min(1).max(200),
      type: z.enum(ENTITY_TYPES),
      aliases: z.array(z.string().min(1).max(200)),
      description: z.string().min(1).nullable(),
      sentences: z.array(z.number().int().nonnegative()).min(1),
    })
    .strict();
  const relation = z
    .object({
      type: z.enum(relationTypes() as [string, ...string[]]),
      source: z.string().min(1),
      target: z.string().min(1),
      statement: z.string().min(1).nullable(),
      role: z.string().min(1).nullable(),
      sentence: z.number().int().nonnegative(),
    })
    .strict();
  return {
    entity,
    relation,
    answer: z.object({ entities: z.array(entity), relations: z.array(relation) }).strict(),
  };
}

export type LlmEntity = z.infer<ReturnType<typeof llmItemSchemas>['entity']>;
export type LlmRelation = z.infer<ReturnType<typeof llmItemSchemas>['relation']>;

/** The JSON schema of the answer, for the request's `response_format`. */
export function answerJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(llmItemSchemas().answer) as Record<string, unknown>;
}

/**
 * Reads the model's answer item by item: an item that fails its schema is dropped and counted, the rest
 * kept, so one bad relation does not cost the whole answer. Throws only when the answer is not JSON or
 * not an object with the two lists.
 */
export function readAnswer(content: string): {
  entities: LlmEntity[];
  relations: LlmRelation[];
  dropped: number;
} {
  const json: unknown = JSON.parse(content);
  const shape = z.object({ entities: z.array(z.unknown()), relations: z.array(z.unknown()) }).parse(json);
  const schemas = llmItemSchemas();
  let dropped = 0;
  const keep = <T>(items: unknown[], schema: z.ZodType<T>): T[] =>
    items.flatMap((item) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) return [parsed.data];
      dropped += 1;
      return [];
    });
  const entities = keep(shape.entities, schemas.entity);
  const relations = keep(shape.relations, schemas.relation);
  return { entities, relations, dropped };
}
