/**
 * The run: which files, each file's config, read, lint, and (with --fix)
 * write back. I/O lives here so the engine stays pure.
 */
import { formatFromPath } from '../parse/index.js';
import type { Format } from '../article/types.js';
import type { ConfigResolver } from '../config/index.js';
import { findFiles, readSourceFile } from '../files/index.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { lintText } from '../engine/lint.js';
import type { FixType, LintMessage, LintResult, Rule } from '../engine/types.js';

export interface LintRunOptions {
  cwd: string;
  resolver: ConfigResolver;
  ignorePatterns?: string[];
  useIgnoreFile?: boolean;
  fix?: 'write' | 'dry-run' | false;
  fixTypes?: FixType[];
  reportUnusedDirectives?: 'warn' | 'error' | 'off';
}

export interface LintRun {
  results: LintResult[];
  /** Trouble that makes the run exit 2: missing files, unreadable files, bad config. */
  problems: string[];
  /** Worth saying on stderr but not failing: skipped binary files, decoding repairs. */
  warnings: string[];
}

/** Markdown unless the name says plain text. */
export function formatFor(filePath: string): Format {
  return formatFromPath(filePath) ?? 'markdown';
}

function fixFilter(options: LintRunOptions, rulesById: Map<string, Rule>): ((m: LintMessage) => boolean) | false {
  if (!options.fix) return false;
  const types = options.fixTypes;
  if (!types || types.length === 0) return () => true;
  return (message) => {
    const kind = message.ruleId ? rulesById.get(message.ruleId)?.meta.fixable : undefined;
    return kind !== undefined && types.includes(kind);
  };
}

export async function lintSource(
  source: string,
  filePath: string,
  options: LintRunOptions,
): Promise<LintResult> {
  const config = await options.resolver.forFile(filePath);
  const rulesById = new Map(config.rules.map((configured) => [configured.rule.meta.id, configured.rule]));
  return lintText(source, {
    filePath,
    format: formatFor(filePath),
    rules: config.rules,
    fix: fixFilter(options, rulesById),
    reportUnusedDirectives: options.reportUnusedDirectives ?? 'off',
  });
}

export async function lintFiles(patterns: string[], options: LintRunOptions): Promise<LintRun> {
  const run: LintRun = { results: [], problems: [], warnings: [] };
  const found = await findFiles(patterns, {
    cwd: options.cwd,
    ignorePatterns: options.ignorePatterns ?? [],
    ignoreFile: options.useIgnoreFile === false ? false : '.medlintignore',
  });
  for (const problem of found.problems) {
    if (problem.message.startsWith('File ignored')) run.warnings.push(problem.message);
    else run.problems.push(problem.message);
  }

  for (const filePath of found.files) {
    // Configs may carry their own ignorePatterns, relative to their folder.
    if (await options.resolver.isIgnored(filePath)) continue;
    const read = await readSourceFile(filePath);
    if ('error' in read) {
      // A binary file is skipped with a warning; anything else is an I/O problem.
      if (/binary/i.test(read.error)) run.warnings.push(`${filePath}: ${read.error}`);
      else run.problems.push(read.error.includes(filePath) ? read.error : `${filePath}: ${read.error}`);
      continue;
    }
    for (const warning of read.warnings) run.warnings.push(`${filePath}: ${warning}`);
    const result = await lintSource(read.text, filePath, options);
    if (options.fix === 'write' && result.output !== undefined) {
      try {
        await writeFileAtomic(filePath, result.output);
      } catch (error) {
        run.problems.push(`${filePath}: could not write fixes: ${(error as Error).message}`);
      }
    }
    run.results.push(result);
  }
  return run;
}
