import type { Document } from '../model';
import type { Bundle } from './bundle-schema';

/** A bundle file once read and shape-checked, with its documents' texts resolved. */
export interface LoadedBundle {
  /** The file it came from, as given by the caller; every error names it. */
  file: string;
  bundle: Bundle;
  documents: Document[];
}
