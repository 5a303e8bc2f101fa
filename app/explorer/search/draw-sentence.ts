'use client';

import type { RefObject } from 'react';
import { gql } from '@/app/lib/graphql-client';
import { CANVAS_SUBGRAPH_QUERY } from '@/app/lib/queries';
import type { CanvasSubgraphResult } from '@/app/lib/queries';
import { idsToRelate } from '@/app/explorer/canvas/canvas-subgraph';
import { isAbortError } from '@/app/lib/graphql-client';
import { toRequestError } from '@/app/lib/use-async';
import type { Failure } from '@/app/explorer/StatusBanner';
import type { ViewAction, ViewState } from '@/app/explorer/view/view-state';
import type { SentenceSuggestion } from './use-sentence-suggestions';

interface DrawSentence {
  viewRef: RefObject<ViewState>;
  change: (action: ViewAction) => void;
  setFailure: (failure: Failure) => void;
}

/**
 * What choosing a sentence hit does to the canvas: the entities the sentence mentions are drawn with
 * every relation among them and the entities already drawn (one subgraph request), and selected. A
 * failure goes to the page's banner, with a retry.
 */
export async function drawSentenceEntities(hit: SentenceSuggestion, page: DrawSentence): Promise<void> {
  const ids = hit.entities.map((e) => e.id);
  if (ids.length === 0) return;
  const all = idsToRelate(ids, page.viewRef.current.graph.nodes.keys());
  try {
    const { subgraph } = await gql<CanvasSubgraphResult>(CANVAS_SUBGRAPH_QUERY, { ids: all });
    page.change({ type: 'merge', subgraph });
    page.change({ type: 'select', ids });
  } catch (error) {
    if (isAbortError(error)) return;
    page.setFailure({
      what: 'draw the entities of the sentence',
      error: toRequestError(error),
      retry: () => void drawSentenceEntities(hit, page),
    });
  }
}
