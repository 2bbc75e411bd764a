/**
 * Bulk suppressions, for turning medlint on over a site full of legacy
 * findings (modelled on ESLint's): `--suppress-all` / `--suppress-rule`
 * record today's findings in `medlint-suppressions.json`, later runs report
 * only what goes beyond that baseline, `--prune-suppressions` shrinks it to
 * what still occurs.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { LintResult } from '../engine/types.js';
import { countFindings, filterSuppressed, pruneSuppressions, replaceWithFindings } from './baseline.js';
import { DEFAULT_SUPPRESSIONS_FILE, readSuppressions, SuppressionsError, type Suppressions, writeSuppressions } from './file.js';

export { countFindings, filterSuppressed, pruneSuppressions, replaceWithFindings, suppressionPath } from './baseline.js';
export {
  DEFAULT_SUPPRESSIONS_FILE,
  readSuppressions,
  serialiseSuppressions,
  SuppressionsError,
  validateSuppressions,
  writeSuppressions,
  type RuleSuppression,
  type Suppressions,
} from './file.js';
export { normaliseFlaggedText } from './flagged-text.js';

export interface SuppressionOptions {
  cwd: string;
  /** --suppressions-location, relative to cwd. */
  location?: string;
  suppressAll?: boolean;
  /** --suppress-rule ids. */
  suppressRules?: string[];
  prune?: boolean;
  /** Standard input has no file to key a suppression by. */
  stdin?: boolean;
}

export interface SuppressionOutcome {
  results: LintResult[];
  /** One-line notes for stderr: what was written, what no longer occurs. */
  notes: string[];
}

/** Option combinations that make no sense; checked before any file is linted. */
export function checkSuppressionOptions(options: SuppressionOptions): void {
  const writing = [
    options.suppressAll ? '--suppress-all' : null,
    options.suppressRules && options.suppressRules.length > 0 ? '--suppress-rule' : null,
    options.prune ? '--prune-suppressions' : null,
  ].filter((flag): flag is string => flag !== null);
  if (writing.length > 1) throw new SuppressionsError(`use one of ${writing.join(', ')} at a time`);
  if (writing.length > 0 && options.stdin) throw new SuppressionsError(`${writing[0]} needs files, not --stdin`);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function gonePaths(suppressions: Suppressions, found: Suppressions, baseDir: string): Set<string> {
  const gone = new Set<string>();
  for (const path of Object.keys(suppressions)) {
    if (!(path in found) && !existsSync(resolve(baseDir, path))) gone.add(path);
  }
  return gone;
}

/** Record, prune or apply the baseline, as the options say; `results` are the run's, unfiltered. */
export async function applySuppressions(results: LintResult[], options: SuppressionOptions): Promise<SuppressionOutcome> {
  checkSuppressionOptions(options);
  const location = resolve(options.cwd, options.location ?? DEFAULT_SUPPRESSIONS_FILE);
  const shownLocation = options.location ?? DEFAULT_SUPPRESSIONS_FILE;
  // Paths inside are relative to the file's own folder, so it works from any cwd.
  const baseDir = dirname(location);
  const notes: string[] = [];

  let suppressions = await readSuppressions(location);
  const onlyRules = options.suppressRules && options.suppressRules.length > 0 ? new Set(options.suppressRules) : undefined;
  if (options.suppressAll || onlyRules || options.prune) {
    const found = countFindings(results, baseDir, onlyRules);
    const existing = suppressions ?? {};
    suppressions = options.prune
      ? pruneSuppressions(existing, found, gonePaths(existing, found, baseDir))
      : replaceWithFindings(existing, found, onlyRules);
    await writeSuppressions(location, suppressions);
    notes.push(`${options.prune ? 'pruned' : 'wrote'} ${shownLocation}`);
  }
  if (!suppressions) return { results, notes };

  const filtered = filterSuppressed(results, suppressions, baseDir);
  if (filtered.unusedCount > 0) {
    notes.push(
      `${plural(filtered.unusedCount, 'suppressed finding')} in ${shownLocation} no longer ${filtered.unusedCount === 1 ? 'occurs' : 'occur'}; ` +
        'run with --prune-suppressions to drop them',
    );
  }
  return { results: filtered.results, notes };
}
