/**
 * Causal wording for an observational finding (Sumner et al. 2014, BMJ;
 * Yu et al. 2019): what in a sentence presents a finding as observational
 * ("linked to", "a survey", "people who drank coffee were less likely"), what
 * names an experiment ("randomised", "placebo"), and which causal phrase
 * ("prevents", "reduces the risk") goes beyond it. Pure: prose in, offsets out.
 */
import type { Range } from '../../src/article/types.js';
import { compilePhrases } from '../../src/words/matcher.js';
import { loadWordList } from '../../src/words/wordlist.js';
import { builtInTopicReader } from './evidence-topics.js';
import { governingCues, insideQuotation } from './hype-qualifiers.js';

const observationalWords = loadWordList('causal-observational').phrases;
const observationalMatcher = compilePhrases(observationalWords);
const trialMatcher = compilePhrases(loadWordList('causal-trial-design').phrases);
const causalVerbMatcher = compilePhrases(loadWordList('causal-verbs').phrases);
const riskVerbMatcher = compilePhrases(loadWordList('causal-risk-verbs').phrases);
const outcomeMatcher = compilePhrases(loadWordList('causal-outcomes').phrases);
const conclusionOpenerMatcher = compilePhrases(loadWordList('causal-conclusion-openers').phrases);

/**
 * "People who drank coffee were 20% less likely ...", "those who walked had a
 * lower risk": a comparison of groups that chose their own exposure.
 */
const groupComparison =
  /\b(?:people|those|participants|adults|women|men|children|individuals|patients|drinkers|smokers|users|volunteers)\b[^.;]{0,80}?\b(?:were|was|had|showed|lived|reported)\s+(?:an?\s+)?(?:\d+(?:\.\d+)?\s?(?:%|percent|per cent)\s+)?(?:more|less|lower|higher|fewer|reduced|increased|greater|longer|shorter)\b/i;
/** "the causes of migraine", "a common cause": the noun, not the verb. */
const causeAsNoun = /\b(?:the|a|an|its|their|main|common|leading|possible|many|other|root|known|one|two|several)\s+$/i;
/** How many words after a causal verb its outcome must start. */
const outcomeReach = 8;

export type Design = 'observational' | 'experimental' | 'none';

/** What a text says about the design of the evidence it reports; an experiment wins over observation. */
export function designOf(text: string): Design {
  if (trialMatcher.test(text)) return 'experimental';
  if (observationalMatcher.test(text) || groupComparison.test(text)) return 'observational';
  return 'none';
}

/** The observational words as written in the text, for the message: "linked to", "survey". */
export function observationalCue(text: string): string | null {
  // The list runs from the plainest wording to the weakest hint, so the first listed phrase found is the one to quote.
  const rank = (phrase: string) => observationalWords.indexOf(phrase);
  const listed = observationalMatcher.matchAll(text).sort((a, b) => rank(a.phrase) - rank(b.phrase))[0];
  if (listed) return listed.text.replace(/\s+/g, ' ');
  const group = groupComparison.exec(text);
  return group ? group[0].replace(/\s+/g, ' ').split(' ').slice(0, 3).join(' ') + ' …' : null;
}

/** Opens with "So", "This means", "In other words": a conclusion drawn from the sentence before. */
export function drawsConclusion(prose: string): boolean {
  const opening = prose.replace(/^[^\p{L}]+/u, '');
  const first = conclusionOpenerMatcher.matchAll(opening.slice(0, 40))[0];
  return first !== undefined && first.start === 0;
}

function firstWords(text: string, count: number): string {
  return text.trim().split(/\s+/).slice(0, count).join(' ');
}

function namesOutcome(text: string): boolean {
  return outcomeMatcher.test(text) || builtInTopicReader.conditions(text).size > 0;
}

/**
 * Left standing: a causal phrase that is not denied or reported as someone's
 * claim ("this does not prove that coffee prevents"), not made conditional
 * ("may", "might", "could": Sumner's hedged causal) and not under a hedging
 * frame ("studies suggest"). "Can cause" stays causal, as in Sumner's coding;
 * the observational words themselves ("linked to") are not a hedge here.
 */
function standsUnqualified(prose: string, phrase: Range): boolean {
  if (insideQuotation(prose, phrase.start)) return false;
  const observational = observationalMatcher.matchAll(prose);
  const group = groupComparison.exec(prose);
  if (group) observational.push({ phrase: '', text: group[0], start: group.index, end: group.index + group[0].length });
  const insideObservational = (cue: Range) => observational.some((span) => cue.start >= span.start && cue.end <= span.end);
  return !governingCues(prose, phrase).some((cue) => {
    if (cue.kind === 'negation' || cue.kind === 'distancing') return true;
    if (cue.kind === 'modal') return ['may', 'might', 'could', 'would'].includes(cue.phrase);
    if (cue.kind === 'hedge') return !insideObservational(cue);
    return false;
  });
}

/** The first causal phrase in the prose that states cause and effect outright, with a health outcome. */
export function findCausalClaim(prose: string): (Range & { text: string }) | null {
  const risk = riskVerbMatcher.matchAll(prose).filter((match) => standsUnqualified(prose, match));
  const verbs = causalVerbMatcher.matchAll(prose).filter((match) => {
    if (/^causes$/i.test(match.text) && causeAsNoun.test(prose.slice(0, match.start))) return false;
    if (!namesOutcome(firstWords(prose.slice(match.end), outcomeReach))) return false;
    return standsUnqualified(prose, match);
  });
  const first = [...risk, ...verbs].sort((a, b) => a.start - b.start)[0];
  return first ? { start: first.start, end: first.end, text: first.text } : null;
}
