/**
 * The example queries the GraphQL console offers (public: app/query and its tests). Each runs against the
 * seed graph (graph/data/bundles) without errors; `console-examples.test.ts` runs every one through the
 * real schema over the seeded embedded store, and checks that `drawable` tells the truth about whether
 * "Draw result" can draw its answer.
 */

export interface ConsoleExample {
  /** Short, shown in the list; also the operation's name in the query, so the tab shows it too. */
  title: string;
  /** One sentence on what the answer tells a reader. */
  description: string;
  query: string;
  /** Whether the answer holds entities (and relations) that "Draw result" can put on the canvas. */
  drawable: boolean;
}

export const CONSOLE_EXAMPLES: readonly ConsoleExample[] = [
  {
    title: 'What Bukele said',
    description: 'Everything Nayib Bukele said or replied, to whom, with the sentence that reports it.',
    drawable: true,
    query: `# What Nayib Bukele said or replied, to whom, and the sentence that says so
query WhatBukeleSaid {
  entity(id: "nayib-bukele") {
    id
    name
    type
    relations(types: ["SAID", "REPLIED_TO"], direction: OUT) {
      id
      type
      statement
      source { id name type }
      target { id name type }
      evidence { sentence start end }
    }
  }
}
`,
  },
  {
    title: 'Who criticised CECOT',
    description: 'The relations that criticise or speak about the CECOT prison, and who is behind them.',
    drawable: true,
    query: `# Who criticised CECOT, or said something about it
query WhoCriticisedCecot {
  entity(id: "cecot") {
    id
    name
    type
    relations(types: ["CRITICIZED", "SAID"], direction: IN) {
      id
      type
      statement
      source { id name type }
      target { id name type }
      evidence { sentence }
    }
  }
}
`,
  },
  {
    title: 'Hillary Clinton to CECOT',
    description: 'The shortest chain of relations from Hillary Clinton to CECOT, hop by hop.',
    drawable: true,
    query: `# The shortest chain of relations from Hillary Clinton to CECOT
query ClintonToCecot {
  shortestPath(from: "hillary-clinton", to: "cecot") {
    nodes { id name type }
    edges {
      id
      type
      statement
      source { id }
      target { id }
      evidence { sentence }
    }
  }
}
`,
  },
  {
    title: 'Around 60 Minutes',
    description: 'Everything within two hops of the programme "60 Minutes".',
    drawable: true,
    query: `# Everything within two hops of "60 Minutes"
query AroundSixtyMinutes {
  neighborhood(ids: ["sixty-minutes"], depth: 2) {
    nodes { id name type degree }
    edges {
      id
      type
      source { id }
      target { id }
    }
    truncated
  }
}
`,
  },
  {
    title: 'Who spoke about the pulled segment',
    description: 'Who said what about the 60 Minutes segment on CECOT, and in which article.',
    drawable: true,
    query: `# Who said what about the pulled 60 Minutes segment, and where it says so
query PulledSegment {
  entity(id: "sixty-minutes-cecot-segment") {
    id
    name
    type
    relations(types: ["SAID", "PULLED", "AIRED"], direction: IN) {
      id
      type
      statement
      source { id name type }
      target { id }
      evidence {
        sentence
        document { title }
      }
    }
  }
}
`,
  },
  {
    title: 'Search',
    description: 'Entities whose name or an alias matches "cecot".',
    drawable: true,
    query: `# Entities whose name or an alias matches "cecot"
query SearchCecot {
  search(query: "cecot", first: 10) {
    id
    name
    type
    degree
    description
  }
}
`,
  },
  {
    title: 'Statistics',
    description: 'How many entities, relations and documents the store holds, by type.',
    drawable: false,
    query: `# How big the graph is, by type
query Statistics {
  stats {
    entityCount
    relationCount
    documentCount
    entityTypes { type count }
    relationTypes { type count }
  }
}
`,
  },
  {
    title: 'Documents',
    description: 'The articles the graph was read from.',
    drawable: false,
    query: `# The articles the graph was read from
query Documents {
  documents {
    id
    title
    source
    publishedAt
  }
}
`,
  },
];

/** What the console shows on a first visit: a comment on how to use it, and the first example. */
export const CONSOLE_DEFAULT_QUERY = `# The newsgraph GraphQL console.
# Run a query with Ctrl+Enter (or the ▶ button); Ctrl+Space completes fields.
# Pick another example in the Examples panel on the left; the Docs panel lists every type and field.
# "Draw result" (in the toolbar) draws the entities and relations of an answer on the explorer's canvas.
${CONSOLE_EXAMPLES[0]?.query ?? ''}`;
