import { describe, expect, it } from 'vitest';
import { EXPORT_EXTENSIONS } from '@/graph/export/formats';
import { EXPORT_FORMATS } from '@/graph/export/types';
import {
  DATA_CHOICES,
  IMAGE_CHOICES,
  choiceExtension,
  exportFilename,
  isImageChoice,
} from './export-choices';

describe('Export choices', () => {
  it('offer every format the server exports, with the server’s extension, and PNG and SVG', () => {
    expect(DATA_CHOICES.map((c) => c.value)).toEqual([...EXPORT_FORMATS]);
    for (const choice of DATA_CHOICES)
      expect(choice.extension).toBe(EXPORT_EXTENSIONS[choice.value as never]);
    expect(IMAGE_CHOICES.map((c) => [c.value, c.extension])).toEqual([
      ['PNG', 'png'],
      ['SVG', 'svg'],
    ]);
  });

  it('tell pictures from data files', () => {
    expect(isImageChoice('PNG')).toBe(true);
    expect(isImageChoice('SVG')).toBe(true);
    expect(isImageChoice('GRAPHML')).toBe(false);
    expect(choiceExtension('CSV')).toBe('zip');
    expect(choiceExtension('SVG')).toBe('svg');
  });
});

describe('exportFilename', () => {
  it('names the file newsgraph-<scope>-<yyyy-mm-dd>.<ext>, dated in local time', () => {
    expect(exportFilename('canvas', 'graphml', new Date(2026, 0, 5, 23, 59))).toBe(
      'newsgraph-canvas-2026-01-05.graphml',
    );
  });

  it('keeps only safe characters of the scope, and never leaves it empty', () => {
    expect(exportFilename('../a b/"c"', 'json', new Date(2026, 10, 23))).toBe(
      'newsgraph-a-b-c-2026-11-23.json',
    );
    expect(exportFilename('///', 'json', new Date(2026, 10, 23))).toBe('newsgraph-export-2026-11-23.json');
  });
});
