/**
 * Every test's scratch folders, and those of the CLIs, git and pre-commit
 * the tests start, go under one temp folder that is removed when the run
 * ends: a test run leaves nothing behind in the system temp folder.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const outer = tmpdir();
  const root = mkdtempSync(join(outer, 'medlint-test-'));
  // Tests that run medlint as another user (permission errors) must be able to pass through; nobody can list it.
  chmodSync(root, 0o711);
  // Caches worth keeping between runs (the SARIF validator's unpacked tool) stay in the real temp folder.
  process.env.MEDLINT_TEST_OUTER_TMPDIR = outer;
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
