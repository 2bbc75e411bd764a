/**
 * Does the writer start sentences in lower case? Forum posts, captions and
 * influencer copy often do ("…my skin was glowing. turns out collagen …").
 * Looked at once over every block: after a full stop, "!" or "?" and a space,
 * how often the next word is lower case. In edited prose that is rare (an
 * abbreviation such as "approx. three"); in such writing it is the habit.
 */
import type { BlockDraft } from './blocks.js';

/** At least this many lower-case starts, and this share of all starts, make it the writer's habit. */
const MIN_LOWER_CASE_STARTS = 3;
const MIN_LOWER_CASE_SHARE = 0.4;

/** "e.g. the", "vs. placebo", "et al. found": a lower-case word after these says nothing of the writer's habit. */
const ABBREVIATION_BEFORE = /(?:\b[a-z]\.[a-z]|\b(?:vs|etc|approx|al|incl|cf))$/i;

export function startsSentencesInLowerCase(source: string, drafts: readonly BlockDraft[]): boolean {
  let starts = 0;
  let lowerCase = 0;
  for (const { block } of drafts) {
    const { start, end } = block.range;
    for (let at = start; at < end - 2; at++) {
      const char = source[at];
      if (char !== '.' && char !== '!' && char !== '?') continue;
      if (source[at + 1] !== ' ' || ABBREVIATION_BEFORE.test(source.slice(Math.max(start, at - 6), at))) continue;
      const next = source[at + 2] as string;
      if (next.toLowerCase() === next.toUpperCase()) continue;
      starts++;
      if (next === next.toLowerCase()) lowerCase++;
    }
  }
  return lowerCase >= MIN_LOWER_CASE_STARTS && lowerCase >= starts * MIN_LOWER_CASE_SHARE;
}
