/**
 * What a worker (or the main thread, for small runs) does with one file's
 * text: lint it under the config that applies, and keep only what the run
 * needs afterwards (messages, counts; the source only when a reporter shows it).
 */
import type { ConfigResolver } from '../config/index.js';
import type { RuleSetting } from '../config/types.js';
import type { FixType, LintResult } from '../engine/types.js';
import { lintSource } from './lint-files.js';

/** How to rebuild the run's ConfigResolver in another thread: plain data only. */
export interface ResolverSpec {
  cwd: string;
  configFile?: string;
  useConfigFiles?: boolean;
  cliRules?: Record<string, RuleSetting>;
}

/** The per-file lint options, as plain data that crosses to a worker. */
export interface LintJobOptions {
  fix?: 'write' | 'dry-run' | false;
  fixTypes?: FixType[];
  reportUnusedDirectives?: 'warn' | 'error' | 'off';
  /** Keep `LintResult.source` (reporters with context need it; json does not). */
  keepSource: boolean;
  /** Compute the evidence summary (only the json and html reporters print it). */
  evidence: boolean;
}

export interface LintJobFile {
  filePath: string;
  text: string;
}

export async function lintJobFile(file: LintJobFile, resolver: ConfigResolver, options: LintJobOptions): Promise<LintResult> {
  const result = await lintSource(file.text, file.filePath, { ...options, resolver });
  if (!options.keepSource) delete result.source;
  return result;
}
