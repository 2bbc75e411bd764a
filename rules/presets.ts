/**
 * Presets as plain data, used through `extends: "medlint:<name>"`.
 * `recommended` errs on broken citations and missing safety sections and warns
 * on wording; `strict` makes everything an error.
 */
import type { RuleSetting } from '../src/config/types.js';

export type PresetName = 'recommended' | 'strict';

export const presets: Record<PresetName, Record<string, RuleSetting>> = {
  recommended: {
    'unsourced-claim': 'warn',
    'dangling-citation': 'error',
    'unused-reference': 'warn',
    'missing-contraindications': 'error',
    'unhedged-efficacy': 'warn',
  },
  strict: {
    'unsourced-claim': 'error',
    'dangling-citation': 'error',
    'unused-reference': 'error',
    'missing-contraindications': 'error',
    'unhedged-efficacy': 'error',
  },
};
