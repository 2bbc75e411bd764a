/**
 * Bulk suppressions, for turning medlint on over a site full of legacy
 * findings (modelled on ESLint's): `--suppress-all` / `--suppress-rule`
 * record today's findings in `medlint-suppressions.json`, later runs report
 * only what goes beyond that baseline, `--prune-suppressions` shrinks it to
 * what still occurs.
 */
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import type { LintResult } from '../engine/types.js';
import { readSourceFile } from '../files/read.js';
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

/**
 * Keys need the text findings point into. A run may have dropped `source`
 * (reporters that show no context don't need it); then the fixed text, or
 * else the file as it is on disk, is the same text.
 */
async function withSources(results: LintResult[]): Promise<LintResult[]> {
  return Promise.all(
    results.map(async (result) => {
      if (result.source !== undefined || result.messages.length === 0 || !isAbsolute(result.filePath)) return result;
      if (result.output !== undefined) return { ...result, source: result.output };
      const read = await readSourceFile(result.filePath);
      return 'text' in read ? { ...result, source: read.text } : result;
    }),
  );
}

/** Hands back results without the sources this module added, so memory use stays as the run chose. */
function withoutAddedSources(filtered: LintResult[], original: LintResult[], sourced: LintResult[]): LintResult[] {
  return filtered.map((result, index) => {
    if (sourced[index] === original[index] || original[index]?.source !== undefined) return result;
    const { source: _added, ...rest } = result;
    return rest;
  });
}

function gonePaths(suppressions: Suppressions, found: Suppressions, baseDir: string): Set<string> {
  const gone = new Set<string>();
  for (const path of Object.keys(suppressions)) {
    if (!(path in found) && !existsSync(resolve(baseDir, path))) gone.add(path);
  }
  return gone;
}

/** Record, prune or apply the baseline, as the options say; `results` are the run's, unfiltered. */
export async function applySuppressions(original: LintResult[], options: SuppressionOptions): Promise<SuppressionOutcome> {
  checkSuppressionOptions(options);
  const location = resolve(options.cwd, options.location ?? DEFAULT_SUPPRESSIONS_FILE);
  const shownLocation = options.location ?? DEFAULT_SUPPRESSIONS_FILE;
  // Paths inside are relative to the file's own folder, so it works from any cwd.
  const baseDir = dirname(location);
  const notes: string[] = [];

  let suppressions = await readSuppressions(location);
  const writing = options.suppressAll === true || (options.suppressRules?.length ?? 0) > 0 || options.prune === true;
  if (!suppressions && !writing) return { results: original, notes };
  const results = await withSources(original);
  const onlyRules = options.suppressRules && options.suppressRules.length > 0 ? new Set(options.suppressRules) : undefined;
  if (writing) {
    const found = countFindings(results, baseDir, onlyRules);
    const existing = suppressions ?? {};
    suppressions = options.prune
      ? pruneSuppressions(existing, found, gonePaths(existing, found, baseDir))
      : replaceWithFindings(existing, found, onlyRules);
    await writeSuppressions(location, suppressions);
    notes.push(`${options.prune ? 'pruned' : 'wrote'} ${shownLocation}`);
  }
  if (!suppressions) return { results: original, notes };

  const filtered = filterSuppressed(results, suppressions, baseDir);
  if (filtered.unusedCount > 0) {
    notes.push(
      `${plural(filtered.unusedCount, 'suppressed finding')} in ${shownLocation} no longer ${filtered.unusedCount === 1 ? 'occurs' : 'occur'}; ` +
        'run with --prune-suppressions to drop them',
    );
  }
  return { results: withoutAddedSources(filtered.results, original, results), notes };
}
