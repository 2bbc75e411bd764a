/**
 * The evidence summary of one article: the numbers an editor puts on a
 * dashboard (claims and how many are sourced, citations, dangling markers,
 * references and their median age, reading grade). Pure: computed from the
 * Article alone, so it does not change with which rules are on.
 *
 * The one seam between the engine and the rules' libraries: the claim
 * classifier, the review-date reader and the readability formula live in
 * rules/lib (pure modules with no engine imports), and only this file of
 * src/engine imports them.
 */
import { linksToItsWork } from '../../rules/lib/citation-references.js';
import { countClaims } from '../../rules/lib/evidence-claims.js';
import { articleGrade } from '../../rules/lib/readability-grade.js';
import { isoDay } from '../../rules/lib/review-dates.js';
import { findReviewInfo } from '../../rules/lib/review-info.js';
import type { Article, CitationMarker } from '../article/types.js';
import type { EvidenceSummary } from './types.js';

export interface EvidenceOptions {
  /** The date to measure reference ages from when the article gives none (the run's date). */
  today: Date;
}

/** A marker alone on its line ("[22]" in an emptied web-export list) cites nothing. */
function citesText(marker: CitationMarker): boolean {
  return marker.sentence === null || marker.sentence.prose.trim() !== '';
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return Math.round(value * 10) / 10;
}

export function summariseEvidence(article: Article, options: EvidenceOptions): EvidenceSummary {
  const claims = countClaims(article);
  const markers = article.markers.filter(citesText);
  const hasEntries = article.entries.length > 0;
  const dangling = markers.filter((marker) => !linksToItsWork(marker) && (!hasEntries || marker.targets.length === 0 || marker.targets.some((target) => target.entry === null))).length;
  const asOf = findReviewInfo(article).date?.date ?? options.today;
  const ages = article.entries.flatMap((entry) => (entry.year === null ? [] : [asOf.getUTCFullYear() - entry.year]));
  return {
    claims: claims.claims,
    claimsSourced: claims.sourced,
    shareSourced: claims.claims === 0 ? null : Math.round((claims.sourced / claims.claims) * 1000) / 1000,
    citations: markers.length,
    dangling,
    references: article.entries.length,
    referenceMedianAge: median(ages),
    referenceDate: isoDay(asOf),
    readingGrade: articleGrade(article).grade,
  };
}
