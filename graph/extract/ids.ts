const MAX_ID_LENGTH = 120;

/**
 * A lowercase slug for an id (`graph/identifiers.ts` ID_PATTERN): accents folded, anything else a hyphen.
 * `fallback` stands in when nothing of the name survives (a name in another script).
 */
export function slugify(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]/gu, '')
    .replace(/[^a-z0-9]+/gu, '-')
    .slice(0, MAX_ID_LENGTH)
    .replace(/^-+|-+$/gu, '');
  return slug === '' ? fallback : slug;
}

/** Hands out ids that are unique within a draft and not taken by anything in `taken`. */
export function idAllocator(taken: Iterable<string>): (wanted: string) => string {
  const used = new Set(taken);
  return (wanted) => {
    let id = wanted;
    for (let n = 2; used.has(id); n += 1) id = `${wanted.slice(0, MAX_ID_LENGTH - 4)}-${n}`;
    used.add(id);
    return id;
  };
}
