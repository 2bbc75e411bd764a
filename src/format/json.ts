import type { LintResult } from '../engine/types.js';
import type { Formatter } from './types.js';

/** One result as the json report prints it: every field but the source text. */
export function jsonResult({ source: _source, ...result }: LintResult): string {
  return JSON.stringify(result);
}

/** ESLint-compatible JSON: the same fields, minus the source text. */
export const json: Formatter = (results) => `[${results.map(jsonResult).join(',')}]`;
