import type { Formatter } from './types.js';

/** ESLint-compatible JSON: the same fields, minus the source text. */
export const json: Formatter = (results) =>
  JSON.stringify(
    results.map(({ source: _source, ...result }) => result),
    null,
    0,
  );
