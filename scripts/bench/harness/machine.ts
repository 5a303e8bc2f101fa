import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { ROOT } from './paths';

/** The machine and code a report's numbers came from. */
export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  commit: string;
  /** Files changed since the commit: the numbers are of the working tree, not of the commit alone. */
  uncommittedChanges: number;
  /** 1-minute load average when the run started: much above zero means something else was busy. */
  loadAtStart: number;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    commit: git(['rev-parse', '--short', 'HEAD']) ?? 'unknown',
    uncommittedChanges: (git(['status', '--porcelain']) ?? '').split('\n').filter((l) => l !== '').length,
    loadAtStart: os.loadavg()[0] ?? 0,
  };
}

/** Read-only git queries; null when git or the repository is missing. */
function git(args: readonly string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}
