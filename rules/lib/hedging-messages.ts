/**
 * What `unhedged-efficacy` says to an editor about one overstatement, and the
 * replacement it offers: what is wrong, then what to write instead.
 */
import type { Suggestion } from '../../src/engine/types.js';
import type { Overstatement, OverstatementKind } from './hedging.js';

/** What the phrase does wrong, per kind. */
const problem: Record<OverstatementKind, string> = {
  certainty: 'states the effect as certain',
  'booster-adverb': 'presents the effect as certain',
  universal: 'claims the effect for everyone',
  'absolute-safety': 'promises absolute safety',
  comparison: 'compares without evidence',
  mechanism: 'states the mechanism as precise fact',
  'efficacy-statement': 'states efficacy as established',
  'relief-verb': 'states the effect as established',
  'gain-verb': 'states the effect as established',
  gerund: 'states the benefit as established',
  'plain-benefit': 'states the benefit as plain fact',
};

/** What to do when there is no direct replacement. */
const remedy: Record<OverstatementKind, string> = {
  certainty: "report the study's result with its numbers, or hedge it",
  'booster-adverb': 'drop it or say how often the effect occurs',
  universal: 'say who it helps and how many',
  'absolute-safety': 'name the known side effects and who should avoid it',
  comparison: 'cite the comparison or say how large the difference was',
  mechanism: 'describe it as current understanding and cite the evidence',
  'efficacy-statement': "report the study's result or hedge it",
  'relief-verb': "report the study's result or hedge it",
  'gain-verb': "report the study's result or hedge it",
  gerund: 'hedge it ("may help ...") or cite the study behind it',
  'plain-benefit': 'hedge it ("may ...", "can help some people ...") or report the study behind it',
};

function quoted(text: string): string {
  return `"${text.replace(/\s+/g, ' ')}"`;
}

export function messageFor(finding: Overstatement): string {
  const what = `${quoted(finding.text)} ${problem[finding.kind]}`;
  // Safety needs the facts, not softer words; a deletion or a missing replacement has nothing to quote.
  if (finding.kind === 'absolute-safety' || !finding.replacement) return `${what}: ${remedy[finding.kind]}.`;
  if (finding.kind === 'comparison') return `${what}: cite the comparison or say ${quoted(finding.replacement)}.`;
  if (finding.kind === 'mechanism') return `${what}: prefer ${quoted(finding.replacement)} or cite the evidence.`;
  if (finding.kind === 'universal') return `${what}: say who it helps, e.g. ${quoted(finding.replacement)}.`;
  return `${what}: prefer ${quoted(finding.replacement)} or report the study's result.`;
}

/**
 * The suggestion for a finding, with offsets into the source (`sentenceStart`
 * is where the sentence begins). Deleting an adverb takes the space after it.
 */
export function suggestionFor(finding: Overstatement, sentenceText: string, sentenceStart: number): Suggestion | null {
  if (finding.replacement === null) return null;
  if (finding.replacement === '') {
    const trailing = /^\s*/.exec(sentenceText.slice(finding.end))?.[0].length ?? 0;
    return {
      desc: `Remove ${quoted(finding.text)}`,
      fix: { range: [sentenceStart + finding.start, sentenceStart + finding.end + trailing], text: '' },
    };
  }
  return {
    desc: `Replace ${quoted(finding.text)} with ${quoted(finding.replacement)}`,
    fix: { range: [sentenceStart + finding.start, sentenceStart + finding.end], text: finding.replacement },
  };
}
