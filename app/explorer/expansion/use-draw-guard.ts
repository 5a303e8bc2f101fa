'use client';

import { useEffect, useRef, useState } from 'react';
import { needsDrawWarning } from '@/app/explorer/canvas/canvas-performance';
import { firstNewEntities, newEntityCount } from './draw-limit';
import type { SubgraphView } from '@/app/lib/queries';

/** The question the draw warning is asking, and how to answer it. */
export interface DrawQuestion {
  incoming: number;
  onCanvas: number;
  answer: (count: number | 'all' | null) => void;
}

/**
 * Asks before a change would bring the canvas past the reader's threshold: `guard` resolves with the
 * subgraph to draw (all of it, or its first new entities) or null when the reader cancelled. `question`
 * is what the DrawWarning dialog shows while it waits.
 */
export function useDrawGuard(threshold: number): {
  question: DrawQuestion | null;
  guard: (subgraph: SubgraphView, onCanvas: ReadonlySet<string>) => Promise<SubgraphView | null>;
} {
  const [question, setQuestion] = useState<DrawQuestion | null>(null);
  // A guard is called when a request resolves, from the closure of the render that started it: the first
  // load starts before the stored settings are read, so the threshold is read when the guard runs.
  const latestThreshold = useRef(threshold);
  useEffect(() => {
    latestThreshold.current = threshold;
  }, [threshold]);

  function guard(subgraph: SubgraphView, onCanvas: ReadonlySet<string>): Promise<SubgraphView | null> {
    const incoming = newEntityCount(subgraph, onCanvas);
    if (!needsDrawWarning(onCanvas.size, incoming, latestThreshold.current)) return Promise.resolve(subgraph);
    return new Promise((resolve) => {
      setQuestion({
        incoming,
        onCanvas: onCanvas.size,
        answer: (count) => {
          setQuestion(null);
          if (count === null) resolve(null);
          else resolve(count === 'all' ? subgraph : firstNewEntities(subgraph, onCanvas, count));
        },
      });
    });
  }

  return { question, guard };
}
