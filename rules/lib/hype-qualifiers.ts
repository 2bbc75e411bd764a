/**
 * Which qualifiers govern a phrase in a sentence: a negation ("is no miracle"),
 * a distancing frame ("sellers claim it cures"), a modal ("may prevent"), a
 * hedge ("studies suggest") or a scope word ("some people"). Shared by the
 * evidence-language rules (hype-term, animal-study-generalized,
 * causal-overreach, disease-claim-for-supplement), with the cue lists and
 * clause scopes of unhedged-efficacy so all of them read a sentence alike.
 */
import type { Range } from '../../src/article/types.js';
import { mapClauses } from './hedging-clauses.js';
import { cueKindByPhrase, cueMatcher, type CueKind } from './hedging-lexicon.js';

export interface GoverningCue extends Range {
  kind: CueKind;
  /** The listed cue phrase, lower case ("may", "not", "claim*"). */
  phrase: string;
}

/** Someone else's label for it: "bloggers call it a cure-all", "has been called a wonder drug", "describe it as a miracle cure". */
const reportedLabel =
  /\b(?:call(?:s|ed|ing)?|describ(?:e|es|ed|ing)|hail(?:s|ed|ing)?|dub(?:s|bed|bing)?|bill(?:s|ed|ing)?|brand(?:s|ed|ing)?|tout(?:s|ed|ing)?|nicknam(?:e|es|ed))\b/giu;

/** How many words before a phrase a negator still reaches: "is not a", "it's no miracle". */
const negationReach = 4;

function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

function within(inner: Range, outer: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/**
 * The cues that qualify `phrase` (offsets into `prose`), with unhedged-efficacy's
 * scopes: a negation within a few words before it in its clause; distancing and
 * hedges anywhere before it in its clause group (up to "but", "however", a
 * semicolon); a modal before it in its own clause; a hedge or scope word after
 * it in its own clause.
 */
export function governingCues(prose: string, phrase: Range): GoverningCue[] {
  const clauses = mapClauses(prose);
  const group = clauses.groupAround(phrase);
  const clause = clauses.clauseAround(phrase);
  const found: GoverningCue[] = [];
  for (const match of cueMatcher.matchAll(prose)) {
    const kind = cueKindByPhrase.get(match.phrase) ?? 'hedge';
    const before = match.end <= phrase.start;
    const afterInClause = match.start >= phrase.end && within(match, clause);
    let governs = false;
    switch (kind) {
      case 'negation':
        // "if" and "whether" leave what follows unasserted however far it runs: "tested whether it can be used to fight ...".
        if (['if', 'whether', 'unless'].includes(match.phrase)) {
          governs = before && match.start >= group.start;
          break;
        }
        governs =
          before &&
          match.start >= clause.start &&
          wordCount(prose.slice(match.end, phrase.start)) < negationReach &&
          // "not only ... but also" asserts, it does not deny.
          !(match.phrase === 'not' && /^\s+only\b/i.test(prose.slice(match.end)));
        break;
      case 'distancing':
        governs = before && match.start >= group.start;
        break;
      case 'modal':
        governs = before && within(match, clause);
        break;
      case 'hedge':
        governs = (before && match.start >= group.start) || afterInClause;
        break;
      case 'scope':
        governs = (before && within(match, clause)) || afterInClause;
        break;
    }
    if (governs) found.push({ kind, phrase: match.phrase, start: match.start, end: match.end });
  }
  reportedLabel.lastIndex = 0;
  for (let match = reportedLabel.exec(prose); match; match = reportedLabel.exec(prose)) {
    const end = match.index + match[0].length;
    if (match.index >= group.start && end <= phrase.start) {
      found.push({ kind: 'distancing', phrase: match[0].toLowerCase(), start: match.index, end });
    }
  }
  return found;
}

/** True when the phrase is denied or reported as someone else's claim. */
export function isDeniedOrDistanced(prose: string, phrase: Range): boolean {
  return governingCues(prose, phrase).some((cue) => cue.kind === 'negation' || cue.kind === 'distancing');
}

/** "may", "might", "could", "would": the modals that make a statement conditional ("can" does not). */
export function isConditional(prose: string, phrase: Range): boolean {
  return governingCues(prose, phrase).some(
    (cue) => cue.kind === 'modal' && ['may', 'might', 'could', 'would'].includes(cue.phrase),
  );
}

/** Inside double quotation marks: one definition, shared with unhedged-efficacy. */
export { insideQuotation } from './hedging.js';
