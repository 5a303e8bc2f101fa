import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDraftStore } from '@/app/server/articles/draft-store';
import { getStore } from '@/app/server/store';
import { StoreUnavailable } from '../../../documents/StoreUnavailable';
import { loadReview } from '../../load-drafts';
import { ReviewScreen } from '../../review/ReviewScreen';

export const metadata: Metadata = { title: 'Review a draft · newsgraph' };
export const dynamic = 'force-dynamic';

/** `/articles/drafts/<id>`: the review screen of one draft. */
export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const loaded = await loadReview(getDraftStore, getStore, id);
  if (loaded.kind === 'not-found') notFound();
  if (loaded.kind === 'unavailable') return <StoreUnavailable message={loaded.message} />;
  return <ReviewScreen {...loaded.data} />;
}
