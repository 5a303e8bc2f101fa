import { FIXTURE } from '../../contract/fixture';
import type { ExportInput } from '../types';
import { exportInputOf } from './export-input';

/** Test support: the conformance suite's small graph (13 entities, 15 relations, 2 documents) as an export. */
export function sampleInput(): ExportInput {
  return exportInputOf(structuredClone(FIXTURE));
}
