import type { LintResult, RuleMeta } from '../engine/types.js';

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** Metadata of every rule known to the run, by id (for help text and links). */
  rulesMeta: Record<string, RuleMeta>;
  /** The version of medlint, for formats that record the tool. */
  version: string;
}

/** A formatter turns results into text. It never decides what is a problem. */
export type Formatter = (results: LintResult[], context: FormatContext) => string;
