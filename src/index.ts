/** medlint's programmatic API. */
export type * from './article/types.js';
export type * from './engine/types.js';
export { defineRule } from './engine/types.js';
export { analyse, lintText, type LintTextOptions } from './engine/lint.js';
export type { ConfiguredRule } from './engine/run-rules.js';
export { builtinRules } from '../rules/index.js';
export { loadWordList } from './words/wordlist.js';
export { compilePhrases } from './words/matcher.js';
