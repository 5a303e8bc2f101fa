'use client';

import { useState } from 'react';
import type { SessionState } from './session-client';
import { canEdit, signOut } from './session-client';
import './account.css';

/**
 * The header's account corner: the signed-in user's name and role, with Sign out (and, for editors, the
 * audit trail); or a Sign in link, with a word on who may change the graph.
 */
export function AccountStatus({ session }: { session: SessionState | undefined }) {
  const [leaving, setLeaving] = useState(false);
  if (session === undefined) return null;
  const { user } = session;
  if (user === null) {
    return (
      <div className="account-status" data-testid="account-status">
        <span className="account-hint">Read-only: editors sign in to import.</span>
        <a href="/signin" className="account-link" data-testid="sign-in-link">
          Sign in
        </a>
      </div>
    );
  }
  return (
    <div className="account-status" data-testid="account-status">
      <span
        className="account-name"
        data-testid="account-name"
        title={`Signed in as ${user.name} (${user.role})`}
      >
        {user.name} <span className="account-role">{user.role}</span>
      </span>
      {canEdit(user) ? (
        <a href="/changes" className="account-link">
          Changes
        </a>
      ) : (
        <span className="account-hint">Read-only: ask an admin for editor access.</span>
      )}
      <button
        type="button"
        className="account-link"
        disabled={leaving}
        data-testid="sign-out"
        onClick={() => {
          setLeaving(true);
          void signOut().finally(() => window.location.assign('/'));
        }}
      >
        Sign out
      </button>
    </div>
  );
}
