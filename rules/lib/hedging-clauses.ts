/**
 * Clause scope for hedges: which stretch of a sentence a hedge or negator can
 * govern. Two levels, found in one scan each:
 * - a clause group ends at a semicolon, a spaced dash or a contrastive word
 *   ("but", "however", "although", "while"...): a hedge never crosses it;
 * - a clause also ends at commas, brackets and coordinators ("and", "or",
 *   "which", "that"): a modal ("may") governs only its own clause, so
 *   "may help with sleep and cures headaches" leaves "cures" unhedged.
 */
import type { Range } from '../../src/article/types.js';

const groupBreak = /;|\s[—–-]\s|[—–]|\b(?:but|however|although|though|whereas|while|yet|except)\b/giu;
const clauseBreak = /[,;:()[\]{}"“”—–]|\s-\s|\b(?:and|or|but|which|that|who|where|when|while|whereas|although|though|because|since|so|yet|however|unlike)\b/giu;

function breaks(text: string, pattern: RegExp): Range[] {
  const found: Range[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** The span around `range` bounded by the nearest breaks on each side. */
function spanAround(breakList: readonly Range[], range: Range, length: number): Range {
  let start = 0;
  let end = length;
  for (const item of breakList) {
    if (item.end <= range.start) start = item.end;
    else if (item.start >= range.end) {
      end = item.start;
      break;
    }
  }
  return { start, end };
}

export interface ClauseMap {
  /** The clause group (between contrastive breaks) around a range. */
  groupAround(range: Range): Range;
  /** The clause (between any breaks) around a range. */
  clauseAround(range: Range): Range;
}

export function mapClauses(text: string): ClauseMap {
  const groupBreaks = breaks(text, groupBreak);
  const clauseBreaks = breaks(text, clauseBreak);
  return {
    groupAround: (range) => spanAround(groupBreaks, range, text.length),
    clauseAround: (range) => spanAround(clauseBreaks, range, text.length),
  };
}
