import type { ReactNode } from 'react';
import DocumentsLayout from '../documents/layout';
import './articles.css';

/** The article workflow pages share the document pages' frame (bar, navigation, design tokens). */
export default function ArticlesLayout({ children }: { children: ReactNode }) {
  return <DocumentsLayout>{children}</DocumentsLayout>;
}
