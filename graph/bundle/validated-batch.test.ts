import { describe, expect, it } from 'vitest';
import { FIXTURE } from '../contract/fixture';
import { isSealedBatch, sealValidatedBatch } from './validated-batch';

describe('sealValidatedBatch', () => {
  it('marks the batch itself, not a copy of it', () => {
    const batch = sealValidatedBatch(structuredClone(FIXTURE));
    expect(isSealedBatch(batch)).toBe(true);
    expect(isSealedBatch(structuredClone(batch))).toBe(false);
    expect(isSealedBatch({ ...batch })).toBe(false);
  });

  it('freezes it all the way down, so what was checked cannot change before the store takes it', () => {
    const batch = sealValidatedBatch(structuredClone(FIXTURE));
    const relation = batch.relations[0];
    const evidence = relation?.evidence[0];
    expect(() => batch.relations.push(structuredClone(FIXTURE.relations[0]!))).toThrow(TypeError);
    expect(() => Object.assign(relation ?? {}, { type: 'not a type' })).toThrow(TypeError);
    expect(() => Object.assign(evidence ?? {}, { end: 1e9 })).toThrow(TypeError);
    expect(() => batch.entities[0]?.aliases.push('another')).toThrow(TypeError);
    expect(Object.isFrozen(batch.documents[0])).toBe(true);
  });
});
