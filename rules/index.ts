/**
 * The built-in rules. They load exactly the way a user's rules do: each
 * module's default export is a Rule.
 */
import type { Rule } from '../src/engine/types.js';
import animalStudyGeneralized from './animal-study-generalized.js';
import causalOverreach from './causal-overreach.js';
import citationOrder from './citation-order.js';
import citationStyle from './citation-style.js';
import danglingCitation from './dangling-citation.js';
import diseaseClaimForSupplement from './disease-claim-for-supplement.js';
import hypeTerm from './hype-term.js';
import malformedReference from './malformed-reference.js';
import missingContraindications from './missing-contraindications.js';
import missingDisclaimer from './missing-disclaimer.js';
import missingReviewInfo from './missing-review-info.js';
import outdatedReference from './outdated-reference.js';
import readingGrade from './reading-grade.js';
import relativeRiskWithoutBaseline from './relative-risk-without-baseline.js';
import sourceTopicMismatch from './source-topic-mismatch.js';
import unhedgedEfficacy from './unhedged-efficacy.js';
import unsourcedClaim from './unsourced-claim.js';
import unusedReference from './unused-reference.js';

export const builtinRules: Rule[] = [
  animalStudyGeneralized,
  causalOverreach,
  citationOrder,
  citationStyle,
  danglingCitation,
  diseaseClaimForSupplement,
  hypeTerm,
  malformedReference,
  missingContraindications,
  missingDisclaimer,
  missingReviewInfo,
  outdatedReference,
  readingGrade,
  relativeRiskWithoutBaseline,
  sourceTopicMismatch,
  unhedgedEfficacy,
  unsourcedClaim,
  unusedReference,
] as Rule[];
