import { MultiDirectedGraph } from 'graphology';
import type { Entity, Relation } from '../model';

/**
 * A new, empty graph for the embedded store, whose nodes keep their adjacency in dictionary-mode objects.
 *
 * graphology keeps each node's relations in two plain objects keyed by the neighbour's id (`in` and
 * `out`). V8 gives an object that gains properties one name at a time a new hidden class per name, and
 * every adjacency object of the graph starts from the same empty class, so a 500k-relation graph made
 * about a million hidden classes, hung off that one class's transition list: graphology's edge insertion
 * (`attachMulti`) was a fifth of the open's CPU, and the classes stayed on the heap. An object V8 has
 * turned into a hash table (what it does once a property other than the last one added is deleted)
 * takes new keys without new classes.
 *
 * This uses graphology's constructor hook `NodeDataClass` (a writable property every graph has, not in
 * its types): the node data are graphology's own, with the two objects swapped for empty ones of the same
 * kind (plain objects, Object.prototype included: graphology calls hasOwnProperty on them). Nothing a
 * caller sees changes: the same keys in the same order (V8 keeps insertion order in both modes). Should a
 * later graphology drop the hook or the two objects, this leaves its node data alone: slower, not wrong.
 */
export function newEntityGraph(): MultiDirectedGraph<Entity, Relation> {
  const graph = new MultiDirectedGraph<Entity, Relation>();
  const hooked = graph as unknown as { NodeDataClass?: unknown };
  const Base = hooked.NodeDataClass;
  if (typeof Base === 'function') hooked.NodeDataClass = withDictionaryAdjacency(Base as NodeDataClass);
  return graph;
}

interface NodeData {
  in?: unknown;
  out?: unknown;
  clear(): void;
}
type NodeDataClass = new (key: string, attributes: unknown) => NodeData;

const withDictionary = new WeakMap<NodeDataClass, NodeDataClass>();

function withDictionaryAdjacency(Base: NodeDataClass): NodeDataClass {
  const known = withDictionary.get(Base);
  if (known !== undefined) return known;
  // graphology's constructor and its clear() both make the two objects anew by calling clear().
  const Hooked = class extends Base {
    override clear(): void {
      super.clear();
      if (isEmptyObject(this.in) && isEmptyObject(this.out)) {
        this.in = dictionaryObject();
        this.out = dictionaryObject();
      }
    }
  };
  withDictionary.set(Base, Hooked);
  return Hooked;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
}

/** An empty plain object in V8's dictionary mode: deleting a property that is not the last one added. */
function dictionaryObject(): Record<string, unknown> {
  const object: Record<string, unknown> = { a: 0, b: 0 };
  delete object.a;
  delete object.b;
  return object;
}
