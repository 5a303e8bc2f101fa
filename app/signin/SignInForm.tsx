'use client';

import { useState } from 'react';
import type { FormEvent } from 'react';
import { signIn } from '@/app/account/session-client';

/** The name-and-password form; on success it goes back to the explorer (or `?next=`, a path of this site). */
export function SignInForm() {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      await signIn(String(data.get('name') ?? ''), String(data.get('password') ?? ''));
      const next = new URLSearchParams(window.location.search).get('next') ?? '/';
      // Only a path on this site: an absolute or protocol-relative `next` would be an open redirect.
      window.location.assign(next.startsWith('/') && !next.startsWith('//') ? next : '/');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  }

  return (
    <form className="signin-form" onSubmit={(event) => void submit(event)} data-testid="sign-in-form">
      <label>
        Name
        <input name="name" autoComplete="username" required autoFocus />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      {error !== null && (
        <p className="signin-error" role="alert" data-testid="sign-in-error">
          {error}
        </p>
      )}
      <button type="submit" className="button-primary" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
