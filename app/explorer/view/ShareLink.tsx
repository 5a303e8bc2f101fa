'use client';

import { useState } from 'react';
import { Popover } from '@/app/lib/Popover';

interface ShareLinkProps {
  /** The link to the view as it is now; with every entity's position when asked. */
  linkFor: (withPositions: boolean) => string;
}

/**
 * "Copy link": the URL of the view as it is (entities, filters, hidden and pinned elements, selection,
 * layout, and optionally positions), shown so it can be read or selected, and copied to the clipboard.
 */
export function ShareLink({ linkFor }: ShareLinkProps) {
  return (
    <Popover label="Copy link" title="Link to this view" testId="share-link">
      <ShareLinkBody linkFor={linkFor} />
    </Popover>
  );
}

function ShareLinkBody({ linkFor }: ShareLinkProps) {
  const [withPositions, setWithPositions] = useState(false);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  const link = linkFor(withPositions);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      // No clipboard permission (an embedded page, an old browser): the link stays selectable above.
      setCopied('failed');
    }
  }

  return (
    <>
      <label className="setting">
        <span>Link to this view</span>
        <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} data-testid="share-url" />
      </label>
      <label className="setting-check">
        <input
          type="checkbox"
          checked={withPositions}
          onChange={(e) => {
            setWithPositions(e.target.checked);
            setCopied('no');
          }}
        />
        Include positions
      </label>
      <button type="button" className="button-primary" onClick={() => void copy()}>
        Copy to clipboard
      </button>
      <p className="setting-note" role="status">
        {copied === 'yes' ? 'Copied.' : copied === 'failed' ? 'Could not copy: select the link above.' : ''}
      </p>
    </>
  );
}
