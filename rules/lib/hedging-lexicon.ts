/**
 * The word lists of `unhedged-efficacy`, loaded and compiled once when the
 * module loads. Overstatement lists carry an optional replacement after `=>`
 * ("cures => may help relieve"); everything else is a plain phrase list.
 */
import { compilePhrases, type PhraseMatch, type PhraseMatcher } from '../../src/words/matcher.js';
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
  | 'effect-before' // an effect word comes earlier in the clause: "helps prevent migraines in everyone"
  | 'natures-medicine' // "X is nature's <medicine>": the subject equated with a drug, not "nature's way of"
  | 'dose-response' // "the earlier you start treatment, the more hair you keep": more use promised to bring more benefit
  | 'ranks-subject' // a superlative said of the sentence's subject, before any head: "Turmeric is the best anti-inflammatory"
  | 'ranks-remedy' // a superlative ranks a remedy: "the quickest way to calm itchy eyes", not "the quickest way to the shop" or "the best option is to rest"
  | 'health-context' // the sentence names a treatment, an effect, a harm or the body: "you'll be fine after the injection"
  | 'body-object'; // the body, a substance in it, a harm or a benefit follows: "detoxifies the liver", "blocks NF-kB"

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
  ['hedging-guarantees', 'certainty', 'body-object'],
  ['hedging-research-certainty', 'certainty', 'effect-follows'],
  ['hedging-reputation', 'certainty', 'effect-follows'],
  ['hedging-booster-adverbs', 'booster-adverb'],
  ['hedging-universal-scope', 'universal'],
  ['hedging-universal-tails', 'universal', 'effect-before'],
  ['hedging-absolute-safety', 'absolute-safety'],
  ['hedging-reassurances', 'absolute-safety', 'health-context'],
  ['hedging-harm-denials', 'absolute-safety', 'harm-object'],
  ['hedging-effect-sizes', 'certainty', 'good-direction'],
  ['hedging-relief-promises', 'certainty', 'relief-promise'],
  ['hedging-dose-response', 'certainty', 'dose-response'],
  ['hedging-superlatives', 'comparison'],
  ['hedging-loose-comparisons', 'comparison', 'treatment-object'],
  ['hedging-mechanism-overstatement', 'mechanism'],
  ['hedging-mechanism-switches', 'mechanism', 'body-object'],
  ['hedging-efficacy-statements', 'efficacy-statement'],
  ['hedging-helpful-statements', 'efficacy-statement', 'not-advice'],
  ['hedging-body-action-verbs', 'gain-verb', 'body-object'],
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

/** Phrases built from two lists: every word of the first before every phrase of the second. */
function pairs(first: readonly string[], second: readonly string[]): Array<[string, string]> {
  return first.flatMap((a) => second.map((b): [string, string] => [a.toLowerCase(), b.toLowerCase()]));
}

function addEntry(entry: LexiconEntry): void {
  if (!entriesByPhrase.has(entry.phrase)) entriesByPhrase.set(entry.phrase, entry);
}

/**
 * Families too regular to list phrase by phrase: an intensifier with a safety or comfort adjective ("extremely
 * safe", "completely painless") or with a cure adjective ("entirely curable"); "safe" with no limit of time or
 * person ("safe for long-term use", "gentle enough for the whole family"); an interaction or complaint denied
 * outright ("won't interfere with", "doesn't interact with").
 */
const intensifiers = loadWordList('hedging-safety-intensifiers').phrases;
for (const [adverb, adjective] of pairs(intensifiers, loadWordList('hedging-safety-adjectives').phrases)) {
  addEntry({ kind: 'absolute-safety', phrase: `${adverb} ${adjective}`, replacement: `usually ${adjective}` });
}
for (const [adverb, adjective] of pairs(intensifiers, loadWordList('hedging-outcome-adjectives').phrases)) {
  addEntry({ kind: 'certainty', phrase: `${adverb} ${adjective}`, replacement: `often ${adjective}` });
}
for (const [head, tail] of pairs(['safe', 'gentle enough', 'mild enough'], loadWordList('hedging-safety-tails').phrases)) {
  addEntry({ kind: 'absolute-safety', phrase: `${head} ${tail}`, replacement: null });
}
// "the best herb", "the fastest way to", "the gentlest form": a superlative ranking a remedy above all others.
const superlativeHeads = [...loadWordList('hedging-superlative-heads').phrases, ...loadWordList('hedging-treatment-nouns').phrases];
for (const [adjective, head] of pairs(loadWordList('hedging-superlative-adjectives').phrases, superlativeHeads)) {
  // A superlative listed on its own ("the most effective") keeps its own wording and suggestion.
  if (entriesByPhrase.has(`the ${adjective}`)) continue;
  // Keyed on the superlative, not on "the" (which would make every "the" of a text try each phrase): the condition
  // checks the "the" before it, and the finding takes it in.
  addEntry({ kind: 'comparison', phrase: `${adjective} ${head}`, replacement: `a good ${head.replace(/\*$/, '')}`, condition: 'ranks-remedy' });
}
// "Turmeric is the best anti-inflammatory", "it's the strongest antihistamine you can buy": a superlative after
// "is the" ranks the sentence's subject whatever head follows; keyed on the adjective alone, so the listed pairs
// above (longer at the same place) win where both match.
for (const adjective of loadWordList('hedging-superlative-adjectives').phrases) {
  addEntry({ kind: 'comparison', phrase: adjective.toLowerCase(), replacement: null, condition: 'ranks-subject' });
}
// "Oats are amazing for your heart", "fasting is incredible for your gut": praise of a food or a habit as good for
// the body, said as fact; counted only when a body or health word follows ("great for your schedule" is not).
for (const adjective of loadWordList('hedging-praise-for-body').phrases) {
  addEntry({ kind: 'efficacy-statement', phrase: `${adjective} for your`, replacement: `may be good for your`, condition: 'body-object' });
}
// "Cherries are nature's allopurinol", "Honey is nature's antibiotic": a remedy equated with a medicine.
addEntry({ kind: 'comparison', phrase: "nature's", replacement: null, condition: 'natures-medicine' });
/** Heads after a ranked subject that rank no remedy: "the strongest evidence", "the best time", "the biggest risk". */
export const rankedHeadExcludedMatcher = listMatcher('hedging-ranked-heads-excluded');
const denials = loadWordList('hedging-safety-denial-auxiliaries').phrases;
for (const [denial, verb] of pairs(denials, loadWordList('hedging-safety-denials').phrases)) {
  addEntry({ kind: 'absolute-safety', phrase: `${denial} ${verb}`, replacement: null });
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

/**
 * Names a condition by its medical ending ("gastritis", "osteoporosis", "anaemia", "neuralgia"), so that
 * conditions no list names still count as harms. Words with those endings that are not illnesses are left out.
 */
const conditionEnding = /\b[a-z]{3,}(?:itis|osis|aemia|emia|algia)\b/gi;
const notConditions: ReadonlySet<string> = new Set([
  'diagnosis', 'prognosis', 'osmosis', 'symbiosis', 'hypnosis', 'ketosis', 'homeostasis', 'mitosis', 'meiosis',
  'apoptosis', 'academia', 'metamorphosis', 'ankylosis',
]);

function conditionsByEnding(text: string): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  conditionEnding.lastIndex = 0;
  for (let match = conditionEnding.exec(text); match; match = conditionEnding.exec(text)) {
    const word = match[0].toLowerCase();
    if (!notConditions.has(word)) found.push({ phrase: word, text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** A phrase matcher that also finds conditions by their ending: matches from the list win where both overlap. */
function withConditionEndings(listed: PhraseMatcher): PhraseMatcher {
  return {
    phrases: listed.phrases,
    matchAll(text) {
      const fromList = listed.matchAll(text);
      const byEnding = conditionsByEnding(text).filter((match) => !fromList.some((other) => other.start < match.end && match.start < other.end));
      return byEnding.length === 0 ? fromList : [...fromList, ...byEnding].sort((a, b) => a.start - b.start);
    },
    test(text) {
      return listed.test(text) || conditionsByEnding(text).length > 0;
    },
  };
}

/** Harms: the list's complaints and symptoms, the diseases of the FDA's disease-claim list, and conditions by ending. */
export const harmMatcher = withConditionEndings(
  compilePhrases([...loadWordList('hedging-harms').phrases, ...loadWordList('supplement-diseases').phrases]),
);
export const benefitMatcher = listMatcher('hedging-goods');
export const effectWordMatcher = listMatcher('hedging-effect-words');
/** What a body-action verb acts on: the claim classifier's parts of the body and substances, and wellness targets ("toxins"). */
export const bodyTermMatcher = compilePhrases([...loadWordList('claim-body-terms').phrases, ...loadWordList('hedging-body-terms').phrases]);
export const nonTreatmentSubjectMatcher = listMatcher('hedging-non-treatment-subjects');
/** Generic names for what a reader takes, does or uses ("this oil", "the supplement", "the diet"). */
export const treatmentNounMatcher = listMatcher('hedging-treatment-nouns');

/**
 * The last words before a verb name the body or a condition ("the immune system", "low magnesium"), not a
 * treatment. The head noun decides: "the low-FODMAP diet" and "a low-dose supplement" are treatments.
 */
/** `text` without the characters at its end that `drop` matches, one at a time: linear, unlike a `[...]+$` pattern. */
export function trimEndWhere(text: string, drop: RegExp): string {
  let end = text.length;
  while (end > 0 && drop.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

const notWordCharacter = /[^\p{L}\p{N}]/u;

export function isNonTreatmentSubject(lastWords: string): boolean {
  const words = trimEndWhere(lastWords, notWordCharacter);
  // "Low-carb diets", "low-dose aspirin": a word joined by a hyphen to the next modifies it; it is not the subject.
  const matches = nonTreatmentSubjectMatcher.matchAll(words).filter((match) => words.charAt(match.end) !== '-');
  if (matches.length === 0) return false;
  // "poor diet" names the harm itself; "lack of exercise" governs the noun after it.
  if (matches.some((match) => match.end === words.length || /\bof$/.test(match.phrase))) return true;
  const head = words.split(/\s+/).pop() ?? '';
  return !treatmentNounMatcher.matchAll(head).some((match) => match.start === 0 && match.end === head.length);
}
export const adviceOpenerMatcher = listMatcher('hedging-advice-openers');
export const comparisonObjectMatcher = listMatcher('hedging-comparison-objects');
export const benefitContextMatcher = listMatcher('hedging-benefit-contexts');
