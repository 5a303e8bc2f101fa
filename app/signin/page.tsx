import type { Metadata } from 'next';
import { SignInForm } from './SignInForm';
import '@/app/account/account.css';

export const metadata: Metadata = { title: 'Sign in · newsgraph' };

/** The sign-in page (/signin): an account's name and password; the local link needs no page. */
export default function SignInPage() {
  return (
    <main className="signin-page">
      <h1>Sign in to newsgraph</h1>
      <p>
        Editors sign in to import and review articles; readers can browse without signing in (unless this
        server asks everyone to). An admin adds accounts with{' '}
        <code>npm run user -- add NAME --role editor</code>. The person who started the server with{' '}
        <code>npm start</code> can use the one-time link it printed instead.
      </p>
      <SignInForm />
      <p>
        <a href="/">← Back to the explorer</a>
      </p>
    </main>
  );
}
