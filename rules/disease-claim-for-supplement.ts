/**
 * disease-claim-for-supplement: a supplement, herb or food said to treat,
 * cure, prevent or diagnose a disease ("Elderberry fights flu", "Turmeric
 * cures arthritis"). Under FDA 21 CFR 101.93(g) that is a drug claim, and the
 * FTC expects competent and reliable scientific evidence for it; a careful
 * article reports the evidence instead ("in a 2019 trial, ...", "may shorten").
 */
import { defineRule } from '../src/engine/types.js';
import { isFirstPersonNarrative, opensWithAdvice, reportsStudyResult } from './lib/hedging.js';
import { findDiseaseClaim, hasDiseaseVerb, namesSupplement } from './lib/supplement-claims.js';
import { articleTreatmentSubject } from './lib/treatment.js';

export interface DiseaseClaimForSupplementOptions {
  /** Extra supplement, herb or food names for this site (case-insensitive). */
  products: string[];
}

export default defineRule<DiseaseClaimForSupplementOptions>({
  meta: {
    id: 'disease-claim-for-supplement',
    description: 'A supplement, herb or food said to treat, cure, prevent or diagnose a disease (FDA 21 CFR 101.93, FTC).',
    defaultSeverity: 'warn',
    docs: 'docs/rules/disease-claim-for-supplement.md',
    schema: {
      type: 'object',
      properties: { products: { type: 'array', items: { type: 'string', minLength: 1 } } },
      additionalProperties: false,
    },
  },
  defaultOptions: { products: [] },
  check(article, context) {
    const extra = context.options.products.map((name) => name.trim()).filter(Boolean);
    const subject = articleTreatmentSubject(article, { extraTerms: extra }).subject;
    const articleSupplement = namesSupplement(article.title?.text ?? '', extra) || (subject !== null && namesSupplement(subject, extra));

    for (const sentence of article.sentences) {
      const prose = sentence.prose;
      // The word-list look-up first: most sentences have no disease verb, and the checks after it cost more.
      if (!hasDiseaseVerb(prose)) continue;
      if (sentence.isQuestion || opensWithAdvice(prose) || isFirstPersonNarrative(prose) || reportsStudyResult(prose)) continue;
      const claim = findDiseaseClaim(prose, articleSupplement, extra);
      if (claim === null) continue;
      const what = claim.product === null ? 'the supplement' : `"${claim.product}"`;
      context.report({
        message:
          `"${claim.verb}" … "${claim.disease}" says ${what} treats or prevents a disease, a drug claim under FDA and FTC rules: ` +
          'report what studies found ("in a 2020 trial of 200 adults, ...") or describe a structure/function effect, and cite it.',
        range: { start: sentence.range.start + claim.start, end: sentence.range.start + claim.end },
      });
    }
  },
});
