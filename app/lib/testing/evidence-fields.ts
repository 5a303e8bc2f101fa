import { parse, visit } from 'graphql';

/**
 * The paths (`overview.edges.evidence`) of every field called `evidence` a GraphQL document selects: how
 * the tests hold the explorer's canvas requests to "no evidence" and its details requests to "with it"
 * (the unit test over app/lib/queries.ts, and the browser test over what the page really sends).
 */
export function evidenceFieldsOf(query: string): string[] {
  const found: string[] = [];
  const path: string[] = [];
  visit(parse(query), {
    Field: {
      enter(node) {
        path.push(node.alias?.value ?? node.name.value);
        if (node.name.value === 'evidence') found.push(path.join('.'));
      },
      leave() {
        path.pop();
      },
    },
  });
  return found;
}
