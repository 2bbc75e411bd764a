/**
 * The run: which files, each file's config, read, lint, and (with --fix)
 * write back. I/O lives here so the engine stays pure.
 */
import { open } from 'node:fs/promises';
import { formatFromPath } from '../parse/index.js';
import type { Format } from '../article/types.js';
import type { ConfigResolver } from '../config/index.js';
import { findFiles, readSourceFile } from '../files/index.js';
import { selectShard, type Shard } from '../files/shard.js';
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
  /** --changed: lint only these (absolute) paths among the files the patterns select. */
  onlyFiles?: ReadonlySet<string>;
  /** --shard: lint only this part of the final file list. */
  shard?: Shard;
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

const UTF8_BOM = '\xef\xbb\xbf';

/** The file's first bytes as latin1, to see its byte-order mark. */
async function readHead(filePath: string): Promise<string> {
  try {
    const handle = await open(filePath, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(3), 0, 3, 0);
      return buffer.subarray(0, bytesRead).toString('latin1');
    } finally {
      await handle.close();
    }
  } catch {
    return '';
  }
}

/**
 * Why fixed text must not replace the file, or null. A file counts as failed
 * to parse when a rule failed on it (a fatal message): its findings, and so
 * its fixes, are incomplete. A file whose bytes were repaired on reading, or
 * one in UTF-16, would come back different in more than the fixes.
 */
function fixRefusal(result: LintResult, readWarnings: string[], head: string): string | null {
  if (result.messages.some((message) => message.fatal)) return 'a rule failed on it';
  if (readWarnings.length > 0) return 'it has bytes that are not valid text, which writing would replace';
  if (head.startsWith('\xff\xfe') || head.startsWith('\xfe\xff')) return 'it is UTF-16, and medlint writes UTF-8';
  return null;
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

  const selected: string[] = [];
  for (const filePath of found.files) {
    if (options.onlyFiles && !options.onlyFiles.has(filePath)) continue;
    // Configs may carry their own ignorePatterns, relative to their folder.
    if (!(await options.resolver.isIgnored(filePath))) selected.push(filePath);
  }
  for (const filePath of options.shard ? selectShard(selected, options.shard, options.cwd) : selected) {
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
      const head = await readHead(filePath);
      const refusal = fixRefusal(result, read.warnings, head);
      if (refusal) run.warnings.push(`${filePath}: fixes not written: ${refusal}`);
      else {
        try {
          await writeFileAtomic(filePath, head.startsWith(UTF8_BOM) ? `\uFEFF${result.output}` : result.output);
        } catch (error) {
          run.problems.push(`${filePath}: could not write fixes: ${(error as Error).message}`);
        }
      }
    }
    run.results.push(result);
  }
  return run;
}
