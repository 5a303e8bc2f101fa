import type { Document, EntityNode, Relation } from '../model';

/**
 * The attribute columns of the table-like formats (GraphML, GEXF, CSV), declared once so the three agree
 * on names, order and encoding. Lists and evidence do not fit a cell or an XML attribute of a declared
 * scalar type, so they are written as JSON text (`aliases`, `mentions`, `evidence`); every importer of
 * ours reads them back, and other tools show them as text. A null value is written as nothing: an
 * omitted `<data>`/`<attvalue>`, an empty cell (the model has no empty strings, so nothing is lost).
 */

type ColumnType = 'string' | 'int';

export interface Column<T> {
  readonly name: string;
  readonly type: ColumnType;
  readonly value: (item: T) => string | number | null;
}

export const NODE_COLUMNS: readonly Column<EntityNode>[] = [
  { name: 'name', type: 'string', value: (n) => n.name },
  { name: 'type', type: 'string', value: (n) => n.type },
  { name: 'aliases', type: 'string', value: (n) => JSON.stringify(n.aliases) },
  { name: 'description', type: 'string', value: (n) => n.description },
  { name: 'degree', type: 'int', value: (n) => n.degree },
  { name: 'mentions', type: 'string', value: (n) => JSON.stringify(n.mentions) },
];

/** Edge columns besides id, source and target, which every format writes in its own way. */
export const EDGE_COLUMNS: readonly Column<Relation>[] = [
  { name: 'type', type: 'string', value: (r) => r.type },
  { name: 'statement', type: 'string', value: (r) => r.statement },
  { name: 'role', type: 'string', value: (r) => r.role },
  { name: 'evidence', type: 'string', value: (r) => JSON.stringify(r.evidence) },
];

export const DOCUMENT_COLUMNS: readonly Column<Document>[] = [
  { name: 'id', type: 'string', value: (d) => d.id },
  { name: 'title', type: 'string', value: (d) => d.title },
  { name: 'source', type: 'string', value: (d) => d.source },
  { name: 'publishedAt', type: 'string', value: (d) => d.publishedAt },
  { name: 'text', type: 'string', value: (d) => d.text },
];
