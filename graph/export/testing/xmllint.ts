import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** libxml2's checker; CI installs it with libxml2-utils (scripts/ensure-test-tools.sh). */
const XMLLINT = '/usr/bin/xmllint';

/**
 * Test support: what libxml2 says about `xml` (read from stdin, checked for well-formedness only): an
 * empty string when it accepts it, its messages otherwise. A check by a parser other than the ones our
 * code or our tests use, so a mistake shared by both cannot pass unseen.
 */
export function xmllintProblems(xml: string): string {
  if (!existsSync(XMLLINT)) {
    throw new Error(
      `${XMLLINT} is missing: install it with \`apt-get install -y libxml2-utils\` (or run scripts/ensure-test-tools.sh).`,
    );
  }
  const result = spawnSync(XMLLINT, ['--noout', '-'], { input: xml, encoding: 'utf8' });
  if (result.error !== undefined) throw result.error;
  return result.status === 0 ? '' : `${result.stderr}`.trim() || `xmllint exited with ${result.status}`;
}
