/**
 * Configuration as users write it (`ConfigData`) and as the engine consumes it
 * (`ResolvedConfig`): only enabled rules, each with its severity and options.
 */
import type { Rule, SeverityName } from '../engine/types.js';

/** How a config turns a rule on or off, optionally with options. */
export type RuleSetting = SeverityName | [SeverityName, Record<string, unknown>];

export interface OverrideData {
  files: string | string[];
  excludedFiles?: string | string[];
  rules?: Record<string, RuleSetting>;
}

/** One config file's content, after validation of its shape. */
export interface ConfigData {
  root?: boolean;
  extends?: string | string[];
  rules?: Record<string, RuleSetting>;
  overrides?: OverrideData[];
  plugins?: string[];
  ignorePatterns?: string[];
}

export interface ResolvedRule {
  rule: Rule;
  severity: 'warn' | 'error';
  /** `rule.defaultOptions` shallow-merged with the configured options. */
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** Enabled rules only, in rule-id order. */
  rules: ResolvedRule[];
  /** gitignore-style patterns from the configs, rebased to be relative to the resolver's cwd. */
  ignorePatterns: string[];
  /** Absolute paths of every config file that contributed, farthest first. */
  configFiles: string[];
}

export interface ConfigResolverOptions {
  cwd: string;
  /**
   * The built-in rules, or only their metadata (`meta`, `defaultOptions`) with
   * `loadBuiltinRules` to load their code when a config is first resolved for a
   * file: validating configs and `isIgnored` need only the metadata.
   */
  builtinRules: Array<Rule | Pick<Rule, 'meta' | 'defaultOptions'>>;
  /** The built-in rules with code, for `builtinRules` given as metadata only; called once, at the first `forFile`. */
  loadBuiltinRules?: () => Promise<Rule[]>;
  /** `--config`: use only this file, no discovery. */
  configFile?: string;
  /** `false` for `--no-config`: skip config files (the recommended preset applies). */
  useConfigFiles?: boolean;
  /** `--rule id:severity`, applied after everything else. */
  cliRules?: Record<string, RuleSetting>;
}
