'use client';

import { useState } from 'react';
import { Popover } from '@/app/lib/Popover';
import type { SessionState } from './session-client';
import { canEdit, signOut } from './session-client';
import './account.css';

/**
 * The header's account corner, one button wide so the top bar keeps its single row: the signed-in user's
 * name opens a small panel with their role, the audit trail (editors) or how to get editor access
 * (readers), and Sign out; anyone else gets a Sign in link that says who needs one.
 */
export function AccountStatus({ session }: { session: SessionState | undefined }) {
  const [leaving, setLeaving] = useState(false);
  if (session === undefined) return null;
  const { user } = session;
  if (user === null) {
    return (
      <a
        href="/signin"
        className="account-sign-in"
        data-testid="sign-in-link"
        title="Reading needs no account; editors sign in to import and review articles."
      >
        Sign in
      </a>
    );
  }
  return (
    <span className="account-status" data-testid="account-name">
      <Popover label={user.name} title="Account" testId="account-panel">
        <p className="account-line">
          Signed in as <strong>{user.name}</strong>, {user.role === 'admin' ? 'an' : 'a'} {user.role}.
        </p>
        {canEdit(user) ? (
          <p className="account-line">
            <a href="/changes">Changes to the graph</a> (the audit trail)
          </p>
        ) : (
          <p className="account-line account-hint">
            Readers browse only. To import or review articles, ask an admin to make you an editor.
          </p>
        )}
        <button
          type="button"
          disabled={leaving}
          data-testid="sign-out"
          onClick={() => {
            setLeaving(true);
            void signOut().finally(() => window.location.assign('/'));
          }}
        >
          Sign out
        </button>
      </Popover>
    </span>
  );
}
