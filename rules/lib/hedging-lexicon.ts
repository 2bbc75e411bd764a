/**
 * The word lists of `unhedged-efficacy`, loaded and compiled once when the
 * module loads. Overstatement lists carry an optional replacement after `=>`
 * ("cures => may help relieve"); everything else is a plain phrase list.
 */
import { compilePhrases, type PhraseMatcher } from '../../src/words/matcher.js';
import { loadWordList } from '../../src/words/wordlist.js';

export type OverstatementKind =
  | 'certainty' // "cures", "is proven to", "has been shown to"
  | 'booster-adverb' // "definitely", "clearly" before an effect
  | 'universal' // "works for everyone"
  | 'absolute-safety' // "completely safe", "no side effects"
  | 'comparison' // "the most effective", "significantly faster than"
  | 'mechanism' // "selectively targets"
  | 'efficacy-statement' // "is an effective", "is effective"
  | 'relief-verb' // "relieves", "reduces" + a harm
  | 'gain-verb' // "improves", "restores" + a benefit
  | 'gerund' // a benefit bullet: "- Boosting energy", "- Good for joint pain", "- Faster recovery"
  | 'plain-benefit'; // a benefit said as plain fact in other words: "will be soothing", "an excellent option for"

/** What some lists ask of the words around their phrases, checked in hedging.ts. */
export type EntryCondition =
  | 'treatment-object' // a medicine or treatment follows: "comparable to some anti-inflammatory medications"
  | 'benefit-list' // only opening an item of a list of benefits: "- Faster recovery after workouts"
  | 'not-advice' // not advice with "to": "it is helpful to keep a diary"
  | 'harm-object' // a harm follows: "does not cause drowsiness"
  | 'relief-promise' // a harm or a felt state follows: "you will no longer feel anxious"
  | 'good-direction' // more of a benefit or less of a harm follows: "a dramatic increase in healing"
  | 'effect-follows' // an effect follows with no hedge or negator: "studies show that it relieves pain", "is known for easing"
  | 'effect-before'; // an effect word comes earlier in the clause: "helps prevent migraines in everyone"

export interface LexiconEntry {
  kind: OverstatementKind;
  /** The phrase as listed (lower case, `*` kept). */
  phrase: string;
  /** Wording to put in its place; '' means delete it; null means there is no direct replacement. */
  replacement: string | null;
  /** A verb's base form after a plural subject ("Statins lower cholesterol"), derived from its listed -s form. */
  plural?: boolean;
  condition?: EntryCondition;
}

export function parseEntry(line: string, kind: OverstatementKind): LexiconEntry {
  const arrow = line.indexOf('=>');
  if (arrow === -1) return { kind, phrase: line.trim().toLowerCase(), replacement: null };
  return { kind, phrase: line.slice(0, arrow).trim().toLowerCase(), replacement: line.slice(arrow + 2).trim() };
}

const overstatementLists: ReadonlyArray<[string, OverstatementKind, EntryCondition?]> = [
  ['hedging-boosters', 'certainty'],
  ['hedging-research-certainty', 'certainty', 'effect-follows'],
  ['hedging-reputation', 'certainty', 'effect-follows'],
  ['hedging-booster-adverbs', 'booster-adverb'],
  ['hedging-universal-scope', 'universal'],
  ['hedging-universal-tails', 'universal', 'effect-before'],
  ['hedging-absolute-safety', 'absolute-safety'],
  ['hedging-harm-denials', 'absolute-safety', 'harm-object'],
  ['hedging-effect-sizes', 'certainty', 'good-direction'],
  ['hedging-relief-promises', 'certainty', 'relief-promise'],
  ['hedging-superlatives', 'comparison'],
  ['hedging-loose-comparisons', 'comparison', 'treatment-object'],
  ['hedging-mechanism-overstatement', 'mechanism'],
  ['hedging-efficacy-statements', 'efficacy-statement'],
  ['hedging-helpful-statements', 'efficacy-statement', 'not-advice'],
  ['hedging-efficacy-verbs-relief', 'relief-verb'],
  ['hedging-efficacy-verbs-gain', 'gain-verb'],
  ['hedging-efficacy-gerunds', 'gerund'],
  ['hedging-benefit-bullets', 'gerund'],
  ['hedging-benefit-adjectives', 'gerund', 'benefit-list'],
];

/** Every overstatement phrase by its listed (lower-case) form; the first list that names a phrase wins. */
export const entriesByPhrase = new Map<string, LexiconEntry>();
for (const [name, kind, condition] of overstatementLists) {
  for (const line of loadWordList(name).phrases) {
    const entry = parseEntry(line, kind);
    if (condition) entry.condition = condition;
    if (!entriesByPhrase.has(entry.phrase)) entriesByPhrase.set(entry.phrase, entry);
  }
}

/** "relieves" → "relieve", "detoxifies" → "detoxify", "relaxes" → "relax". */
export function baseForm(verb: string): string {
  if (/ies$/i.test(verb)) return verb.slice(0, -3) + 'y';
  if (/(?:sh|ch|x|ss|zz)es$/i.test(verb)) return verb.slice(0, -2);
  if (/s$/i.test(verb)) return verb.slice(0, -1);
  return verb;
}

/** A one-word certainty verb ("cures", "eliminates") has a base form too: "These drops eliminate dry eye". */
function isCertaintyVerb(entry: LexiconEntry): boolean {
  return entry.kind === 'certainty' && /^[a-z]+s$/.test(entry.phrase);
}

// Plural subjects take the base form: derive it from the -s form so each verb is listed once.
for (const entry of [...entriesByPhrase.values()]) {
  if (entry.kind !== 'relief-verb' && entry.kind !== 'gain-verb' && !isCertaintyVerb(entry)) continue;
  const [verb = '', ...rest] = entry.phrase.split(' ');
  const phrase = [baseForm(verb), ...rest].join(' ');
  if (!entriesByPhrase.has(phrase)) entriesByPhrase.set(phrase, { ...entry, phrase, plural: true });
}

export const overstatementMatcher: PhraseMatcher = compilePhrases([...entriesByPhrase.keys()]);

export type CueKind = 'hedge' | 'scope' | 'modal' | 'negation' | 'distancing';

/** One matcher for every cue that can qualify a phrase, so each sentence is scanned once. */
const cueLists: ReadonlyArray<[string, CueKind]> = [
  ['hedging-distancing', 'distancing'],
  ['hedging-hedges', 'hedge'],
  ['hedging-scope', 'scope'],
  ['hedging-modals', 'modal'],
  ['hedging-negations', 'negation'],
];

export const cueKindByPhrase = new Map<string, CueKind>();
for (const [name, kind] of cueLists) {
  for (const phrase of loadWordList(name).phrases) {
    const key = phrase.toLowerCase();
    if (!cueKindByPhrase.has(key)) cueKindByPhrase.set(key, kind);
  }
}

export const cueMatcher: PhraseMatcher = compilePhrases([...cueKindByPhrase.keys()]);

export function listMatcher(name: string): PhraseMatcher {
  return compilePhrases(loadWordList(name).phrases);
}

/** A list of single words, lower-cased, for looking words up one at a time. */
export function plainWordSet(name: string): ReadonlySet<string> {
  return new Set(loadWordList(name).phrases.map((word) => word.toLowerCase()));
}

export const harmMatcher = listMatcher('hedging-harms');
export const benefitMatcher = listMatcher('hedging-goods');
export const effectWordMatcher = listMatcher('hedging-effect-words');
export const nonTreatmentSubjectMatcher = listMatcher('hedging-non-treatment-subjects');
export const adviceOpenerMatcher = listMatcher('hedging-advice-openers');
export const comparisonObjectMatcher = listMatcher('hedging-comparison-objects');
export const benefitContextMatcher = listMatcher('hedging-benefit-contexts');
