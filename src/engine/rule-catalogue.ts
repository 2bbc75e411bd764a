/**
 * The built-in rules, metadata apart from code. Config validation and the
 * reporters need only each rule's `meta` and `defaultOptions`; a run whose
 * files are linted in worker threads need not load the rules and their word
 * lists in the main thread too (~0.2 s and ~20 MB). The bundle build
 * (scripts/bundle.mjs) puts the catalogue in the bundle as data, taken from
 * the compiled rules of the same build; from tsc's output and under vitest
 * there is none, and the metadata comes from the rules themselves.
 */
import type { Rule } from './types.js';

/** What config validation and reporters know of a rule without its code. */
export type RuleInfo = Pick<Rule, 'meta' | 'defaultOptions'>;

declare const __MEDLINT_RULE_CATALOGUE__: RuleInfo[] | undefined;

let builtinRules: Promise<Rule[]> | null = null;

/** The built-in rules with their code (loaded once, on first use). */
export function loadBuiltinRules(): Promise<Rule[]> {
  builtinRules ??= import('../../rules/index.js').then((module) => module.builtinRules);
  return builtinRules;
}

/** The built-in rules' metadata, in the order of rules/index.ts; without the rules' code where the build allows. */
export async function builtinRuleInfo(): Promise<RuleInfo[]> {
  if (typeof __MEDLINT_RULE_CATALOGUE__ !== 'undefined') return __MEDLINT_RULE_CATALOGUE__;
  return loadBuiltinRules();
}
