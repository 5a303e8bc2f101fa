import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BENCH_DIR } from '../harness/paths';
import { renderMarkdown } from './render';
import type { BenchReport } from './types';

/**
 * Writes `artifacts/bench/report-<date>.json` and `.md` (git-ignored), and copies them to `latest.json` and
 * `latest.md`. Returns the Markdown file's path.
 */
export async function writeReport(report: BenchReport, dir = BENCH_DIR): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z');
  const json = path.join(dir, `report-${stamp}.json`);
  const markdown = path.join(dir, `report-${stamp}.md`);
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(markdown, renderMarkdown(report));
  await copyFile(json, path.join(dir, 'latest.json'));
  await copyFile(markdown, path.join(dir, 'latest.md'));
  return markdown;
}
