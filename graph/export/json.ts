import { BUNDLE_FORMAT_VERSION } from '../bundle/bundle-schema';
import type { Bundle } from '../bundle/bundle-schema';
import type { Entity, EntityNode } from '../model';
import { exportFile } from './formats';
import type { ExportInput, Exporter } from './types';

/**
 * JSON: our own bundle format (graph/bundle/bundle-schema.ts), the one the seed and the importer read, so
 * an export can be loaded back as it is. Documents carry their text inline; entities lose their degree
 * (the store computes it); relations keep their evidence. Pretty-printed, so a person can read and diff it.
 */
export const exportJson: Exporter = (input, options) =>
  exportFile('JSON', options.baseName, `${JSON.stringify(toBundle(input), null, 2)}\n`);

/** The bundle an export holds. Public for the importers' tests and anyone who wants the object itself. */
export function toBundle(input: ExportInput): Bundle {
  return {
    formatVersion: BUNDLE_FORMAT_VERSION,
    documents: input.documents.map((d) => ({
      id: d.id,
      title: d.title,
      source: d.source,
      publishedAt: d.publishedAt,
      text: d.text,
    })),
    entities: input.subgraph.nodes.map(withoutDegree),
    relations: input.subgraph.edges.map((r) => ({
      id: r.id,
      type: r.type,
      source: r.source,
      target: r.target,
      statement: r.statement,
      role: r.role,
      evidence: r.evidence.map((e) => ({ ...e })),
    })),
  };
}

/** An entity as a batch or a bundle holds it: without the degree, which the store computes. */
export function withoutDegree(node: EntityNode): Entity {
  return {
    id: node.id,
    name: node.name,
    type: node.type,
    aliases: [...node.aliases],
    description: node.description,
    mentions: node.mentions.map((m) => ({ ...m })),
  };
}
