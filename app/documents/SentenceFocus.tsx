'use client';

import { useEffect, useState } from 'react';
import { spanFromAnchor } from '@/app/lib/document-link';

/**
 * The page's only client code. The browser already scrolls to the sentence a fragment names and styles it
 * with `:target`; this also moves the keyboard focus there, so a screen reader starts reading at that
 * sentence, and says so when a fragment names a sentence this article does not have.
 */
export function SentenceFocus() {
  const [missing, setMissing] = useState(false);

  useEffect(() => {
    function focusTarget() {
      const fragment = decodeURIComponent(window.location.hash.slice(1));
      if (spanFromAnchor(fragment) === null) {
        setMissing(false);
        return;
      }
      const sentence = document.getElementById(fragment);
      setMissing(sentence === null);
      if (sentence === null) return;
      sentence.focus({ preventScroll: true });
      sentence.scrollIntoView({ block: 'center' });
    }
    focusTarget();
    window.addEventListener('hashchange', focusTarget);
    return () => window.removeEventListener('hashchange', focusTarget);
  }, []);

  return missing ? (
    <p className="article-notice" role="status" data-testid="sentence-missing">
      The sentence this link points at is not in this article any more; it may have been edited.
    </p>
  ) : null;
}
