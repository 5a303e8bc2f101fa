'use client';

import { useEffect, useState } from 'react';
import type { SessionState } from './session-client';
import { fetchSession } from './session-client';

/** Who is signed in, loaded once per page; `undefined` while loading (write actions stay hidden meanwhile). */
export function useSession(): SessionState | undefined {
  const [state, setState] = useState<SessionState | undefined>(undefined);
  useEffect(() => {
    const controller = new AbortController();
    fetchSession(controller.signal).then(setState, () => setState({ user: null, readAccess: 'public' }));
    return () => controller.abort();
  }, []);
  return state;
}
