/**
 * Presets as plain data, used through `extends: "medlint:<name>"`.
 * `recommended` errs on broken citations and missing safety sections and warns
 * on wording; `strict` makes those errors and adds the citation layout rules
 * (`citation-order`, `citation-style`) as warnings.
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
    // House style, not editorial substance; pasted text often loses a web page's list numbers.
    'citation-order': 'off',
    'citation-style': 'off',
    // Evidence quality: a source on another condition and a broken entry are worth a look; age, disclaimers, bylines and grade are house policy.
    'source-topic-mismatch': 'warn',
    'malformed-reference': 'warn',
    'outdated-reference': 'off',
    'missing-disclaimer': 'off',
    'missing-review-info': 'off',
    'reading-grade': 'off',
    // Evidence language: hype, lab results and causal claims beyond the evidence, disease claims for supplements; relative risk is a numbers habit.
    'hype-term': 'warn',
    'animal-study-generalized': 'warn',
    'causal-overreach': 'warn',
    'relative-risk-without-baseline': 'off',
    'disease-claim-for-supplement': 'warn',
  },
  strict: {
    'unsourced-claim': 'error',
    'dangling-citation': 'error',
    'unused-reference': 'error',
    'missing-contraindications': 'error',
    'unhedged-efficacy': 'error',
    'citation-order': 'warn',
    'citation-style': 'warn',
    'source-topic-mismatch': 'error',
    'malformed-reference': 'error',
    'outdated-reference': 'warn',
    'missing-disclaimer': 'warn',
    'missing-review-info': 'warn',
    'reading-grade': 'warn',
    'hype-term': 'error',
    'animal-study-generalized': 'error',
    'causal-overreach': 'error',
    'relative-risk-without-baseline': 'warn',
    'disease-claim-for-supplement': 'error',
  },
};
