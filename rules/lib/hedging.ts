/**
 * Decides whether one sentence states a treatment's benefit, efficacy or
 * safety as certain, universal, superlative or established (rubric §2), and
 * which phrase does it. Pure: takes the sentence's prose (code, URLs and
 * citation markers already blanked) and returns offsets into it.
 */
import type { Range } from '../../src/article/types.js';
import type { PhraseMatch } from '../../src/words/matcher.js';
import { mapClauses, type ClauseMap } from './hedging-clauses.js';
import {
  adviceOpenerMatcher,
  baseForm,
  benefitContextMatcher,
  benefitMatcher,
  bodyTermMatcher,
  comparisonObjectMatcher,
  cueKindByPhrase,
  cueMatcher,
  effectWordMatcher,
  entriesByPhrase,
  harmMatcher,
  isNonTreatmentSubject,
  overstatementMatcher,
  rankedHeadExcludedMatcher,
  treatmentNounMatcher,
  trimEndWhere,
  type CueKind,
  type LexiconEntry,
  type OverstatementKind,
} from './hedging-lexicon.js';

import { findTreatmentMentions } from './treatment.js';
import { conditionCalledSafe, coordinatedWithPluralSubject, followsPluralSubject, hasNonTreatmentSubject } from './hedging-subjects.js';
import { firstWords, lastWords, wordWindow } from './word-window.js';

export { baseForm, type OverstatementKind } from './hedging-lexicon.js';

export interface Overstatement {
  kind: OverstatementKind;
  /** The list phrase that matched ("cures", "the most effective"). */
  phrase: string;
  /** The words as written in the sentence. */
  text: string;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  /** The hedged wording to offer, fitted to the sentence (case, verb form); null when none reads right. */
  replacement: string | null;
}

export interface HedgingOptions {
  /**
   * How many sources the sentence itself cites (marker targets and source links).
   * "has been shown to" with exactly one cited study is ambiguous in the rubric, so it stays quiet.
   */
  citedSources?: number;
  /**
   * The sentence is an item of a list of the treatment's benefits (by its heading or lead-in, see
   * `isBenefitContext`): outcome bullets ("- Faster recovery") and base-form verbs ("- Boost energy") are claims there.
   */
  benefitList?: boolean;
  /**
   * Whether the article is about one treatment, worked out only when asked: blanket reassurance ("all will be
   * fine") there speaks of the treatment; in a personal story ("You'll be fine x") it is a farewell.
   */
  inTreatmentArticle?: () => boolean;
  /** The sentence is an item of a list whose lead-in hedges it ("Enough sleep can help you:"): nothing in it is unhedged. */
  hedgedByLeadIn?: boolean;
}

interface Cue extends Range {
  kind: CueKind;
  phrase: string;
}

/** Modal cues that only soften the verb ("helps relieve"), not the scope of the claim. */
const softVerbCues: ReadonlySet<string> = new Set(['help', 'helps']);
/** Kinds that name plain efficacy; any stronger phrase in the sentence is reported before them. */
const plainKinds: ReadonlySet<OverstatementKind> = new Set(['efficacy-statement', 'relief-verb', 'gain-verb', 'gerund']);
/** Kinds a hedge after the phrase cannot soften: "completely eliminate ringing for most users" is still certain. */
const certainKinds: ReadonlySet<OverstatementKind> = new Set(['certainty', 'booster-adverb', 'absolute-safety']);
/** How many words after a booster adverb the effect it boosts must start: "definitely relieves", "is clearly an effective". */
const adverbReach = 3;
const narrativeAuxiliaries: ReadonlySet<string> = new Set(['was', 'were', 'had']);
/** A benefit bullet is short: "Boosting energy and mental clarity". */
const bulletMaxWords = 8;
const shownToPhrases: ReadonlySet<string> = new Set(['has been shown to', 'have been shown to', 'been shown to']);
/** How many words before a phrase a negator still reaches: "is not a cure", "no medicine is completely safe". */
const negationReach = 4;
/** How many words after an effect verb its object may start: "relieves the symptoms of chronic pain". */
const objectReach = 6;
/** How far a body-action verb's object may reach: "penetrates up to 4 cm into the skin". */
const bodyObjectReach = 8;

const studyNoun = /\b(?:study|studies|trial|trials|meta-analys[ie]s|review|researchers|participants|experiment|cohort|laboratory tests|lab tests|in vitro)\b/i;
const studyNumber =
  /\b(?:19|20)\d\d\b|\d\s?%|\bper ?cent\b|\bby (?:roughly |about |around |nearly |almost )?(?:a (?:fifth|third|quarter|half)|half|two-thirds)\b|\b\d[\d,.]{0,12}\s+(?:patients|participants|people|adults|subjects|volunteers|women|men|children|users|mice|rats|trials|studies)\b/i;
/** The share of a group the effect reached: "in roughly 70% of adults", "62 per cent of patients". A measured scope. */
const groupShare =
  /\b(?!100\b)\d{1,3}(?:\.\d)?\s?(?:%|per ?cent)\s+(?:of\s+(?:the\s+)?(?:patients|participants|people|adults|subjects|volunteers|women|men|children|users|those)\b|(?:were|had|became|remained|reported|achieved)\b)/i;
const studyStatistic = /\b[Pp]\s?(?:<|=|≤|&lt;)\s?0?\.\d|\b95\s?%\s?(?:CI|confidence interval)\b|\b(?:odds|hazard) ratios?\b/;
const firstPerson = /(?<![\p{L}\p{N}'’‐-])(?<!(?:Type|Phase|Stage|Class|Grade|Level|Part|World War) )(?:I|I'm|I’m|I've|I’ve|I'd|I’d|[Mm]y|[Mm]e)(?![\p{L}\p{N}'’‐-])/u;
/** "effective immediately", "the most effective time to take it": usage and dates, not efficacy. */
const usageAfter = /^\s+(?:immediately|from|as of|date|until|when|if|time|times|dose|doses|way to take)\b/i;
const leadingNonLetters = /^[^\p{L}]+/u;
/** "It is helpful to keep a diary": advice about what the reader does, unless "to" names who is helped. */
const adviceAfter = /^\s+to\s+(?!(?:people|patients|those|anyone|many|most|some|adults|children|women|men|you|me|us|them)\b)/i;
/** A finding about harm or risk: "increases the risk of", "causes", "is harmful". */
const harmFinding = /\b(?:risks?|caus(?:e|es|ed|ing)|harm(?:s|ful)?|worsen(?:s|ed|ing)?)\b/i;
/** What a promise of relief says the reader will stop feeling: "you will no longer feel anxious", "never again lie awake". */
const feltState = /\b(?:feel|suffer|struggle|worry|experience|wake|lie awake|toss and turn|dread)\b/i;
/** How many words after a loose comparison the medicine it compares with must start. */
const comparisonReach = 5;
/**
 * An adverb or two after an auxiliary, which splits a stock phrase without
 * changing what it says: "has also been shown to", "has been clinically shown
 * to", "is also highly effective". Bounded, compiled once.
 */
// Each look-behind comes after the auxiliary's first character, not before it: a pattern that opens with a
// look-behind is tried at every position of every sentence (4x slower), one that opens with a letter only there.
const auxiliaryGap =
  /(?:h(?<![\p{L}\p{N}]h)(?:as|ave|ad)|i(?<![\p{L}\p{N}]i)s|a(?<![\p{L}\p{N}]a)re|b(?<![\p{L}\p{N}]b)e(?:en|ing)?|['’](?<=\p{L}['’])(?:s|ve))((?:\s+(?:\p{L}+ly|also|even|now|already|further|long|still|since|repeatedly))){1,2}(?=\s)/giu;


function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

/** "Supports Joint Health", a reference title in the body: headings and titles are never claims (rubric). */
export function looksLikeTitle(prose: string): boolean {
  const words = prose.match(/\p{L}{4,}/gu) ?? [];
  if (words.length < 2) return false;
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised / words.length >= 0.8;
}

export function isQuestionText(prose: string): boolean {
  return prose.trimEnd().endsWith('?');
}

/** "Talk to your doctor ...", "Make sure ...", "You should ...": advice, not a claim (rubric §1). */
export function opensWithAdvice(prose: string): boolean {
  const opening = prose.replace(leadingNonLetters, '').slice(0, 40);
  const first = adviceOpenerMatcher.matchAll(opening)[0];
  return first !== undefined && first.start === 0;
}

/** Testimony in the first person ("It cured my headaches") is narrative about a person (rubric §1). */
export function isFirstPersonNarrative(prose: string): boolean {
  return firstPerson.test(prose);
}

/**
 * Testimony in the phrase's own clause ("it cured my headaches", "I definitely slept better"). A story told
 * in another clause does not make a general claim beside it personal: "Sinus rinsing cures sinusitis, and I
 * wish I had known sooner" still claims the cure.
 */
export function isFirstPersonAt(prose: string, clause: Range): boolean {
  return firstPerson.test(prose.slice(clause.start, clause.end));
}

/**
 * A specific study's result with its numbers hedges the sentence (rubric §2): a study named with a number, or
 * a statistic only a study reports ("P < .001", "95% CI", "hazard ratio"), as in a pasted abstract.
 */
export function reportsStudyResult(prose: string): boolean {
  return (studyNoun.test(prose) && studyNumber.test(prose)) || studyStatistic.test(prose) || groupShare.test(prose) || inThatStudy.test(prose);
}

/** "In that review, combining a patch with gum worked better than a patch alone": what a study found, told as its result. */
const inThatStudy = /^[\s*_>"“]*(?:In|From) (?:that|this|the|one|a) (?:[\p{L}-]+ ){0,2}(?:review|study|trial|analysis|meta-analysis|survey),/u;

/** Inside a quotation the words are someone else's (a study title, a testimonial), not the article's claim. */
export function insideQuotation(prose: string, offset: number): boolean {
  const before = prose.slice(0, offset);
  const straight = before.split('"').length - 1;
  const opening = before.split('“').length - 1;
  const closing = before.split('”').length - 1;
  return straight % 2 === 1 || opening > closing;
}

function findCues(prose: string): Cue[] {
  return cueMatcher.matchAll(prose).map((match) => ({
    kind: cueKindByPhrase.get(match.phrase) ?? 'hedge',
    phrase: match.phrase,
    start: match.start,
    end: match.end,
  }));
}

/** Between "no" and its verb, a subject of nouns joined by "or" or "and" ("no diet or supplement has been shown"). */
function isJoinedNouns(between: string): boolean {
  const words = between.trim().split(/\s+/);
  return (
    words.length >= 3 &&
    words.length % 2 === 1 &&
    words.every((word, index) => (index % 2 === 1 ? /^(?:or|and|nor)$/i.test(word) : /^[\p{L}-]+$/u.test(word)))
  );
}

/** "not only relieves ... but also", "don't just restore hearing, they ...": asserts more, denies nothing. */
const NOT_ONLY = /^\s+(?:only|just|merely|simply)\b/i;
const ONLY_NEGATORS: ReadonlySet<string> = new Set(['not', "don't", "doesn't", "isn't", "aren't", "won't"]);

function assertsMore(prose: string, cue: Cue): boolean {
  return ONLY_NEGATORS.has(cue.phrase) && NOT_ONLY.test(prose.slice(cue.end, cue.end + 12));
}

function isNegated(prose: string, phrase: Range, group: Range, clause: Range, cues: readonly Cue[]): boolean {
  return cues.some(
    (cue) =>
      cue.kind === 'negation' &&
      cue.start >= group.start &&
      cue.start < phrase.start &&
      // Measured in characters first, so that a long clause full of negators is not counted word by word each time.
      phrase.start - cue.end <= negationReach * wordWindow &&
      wordCount(prose.slice(cue.end, phrase.start)) < negationReach &&
      (cue.start >= clause.start ||
        (cue.phrase === 'no' && (isJoinedNouns(prose.slice(cue.end, phrase.start)) || NEGATED_NOUN_RELATIVE.test(prose.slice(cue.end, phrase.start))))) &&
      !assertsMore(prose, cue),
  );
}

/** "There is no cure that works for everyone": the relative clause says what the denied thing would do. */
const NEGATED_NOUN_RELATIVE = /^\s+(?:[\p{L}-]+\s+){1,3}(?:that|which)\s+$/u;
/** "Cinnamon capsules cure nothing": the verb's object denies it. */
const DENIED_OBJECT = /^\s+(?:nothing|no one|nobody|none)\b/i;

export function deniedByObject(prose: string, end: number): boolean {
  return DENIED_OBJECT.test(prose.slice(end, end + 12));
}

function isDistanced(phrase: Range, group: Range, cues: readonly Cue[]): boolean {
  return cues.some((cue) => cue.kind === 'distancing' && cue.start >= group.start && cue.start < phrase.start);
}

interface Scope {
  /** Between contrastive breaks: frames reach this far. */
  group: Range;
  /** Between any breaks: modals reach this far. */
  clause: Range;
  /** The group's first clause, where a leading scope hedge stands: "For some patients, ...". */
  openingClause: Range;
}

function within(cue: Range, span: Range): boolean {
  return cue.start >= span.start && cue.end <= span.end;
}

function isHedged(prose: string, phrase: Range, kind: OverstatementKind, scope: Scope, cues: readonly Cue[]): boolean {
  return cues.some((cue) => {
    const before = cue.start < phrase.start;
    const afterInClause = cue.start >= phrase.end && within(cue, scope.clause);
    // A trailing hedge softens scope ("relieves pain in some patients") but not certainty.
    if (!before && certainKinds.has(kind)) return false;
    switch (cue.kind) {
      case 'hedge':
        return (before && cue.start >= scope.group.start) || afterInClause;
      case 'scope':
        // "For some patients, ketamine relieves ..." hedges from the opening clause;
        // "... help many people, and triptans are effective" does not.
        return (before && (within(cue, scope.clause) || within(cue, scope.openingClause))) || afterInClause;
      case 'modal':
        // A modal governs only its own clause: "may help with sleep and cures headaches" still flags "cures".
        // A booster right after it takes the hedge back: "could definitely see", "can certainly relieve".
        if (!before || !within(cue, scope.clause)) return false;
        if (kind === 'booster-adverb' && cue.end <= phrase.start && /^\s+$/.test(prose.slice(cue.end, phrase.start))) return false;
        // "will help give you an edge" promises; "help" hedges only on its own.
        return !(/^help/i.test(cue.phrase) && /(?:\bwill|['’]ll)\s+$/i.test(prose.slice(Math.max(0, cue.start - 8), cue.start)));
      default:
        return false;
    }
  });
}

/** An effect verb counts only with the right object after it and a treatment (not the body) before it. */
/** Words after which a body-action verb is a noun: "the building blocks of the cell", "a coat of wax". */
const beforeBodyNoun: ReadonlySet<string> = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'with', 'in', 'on', 'building', 'road', 'its', 'their']);

/**
 * A body-action verb ("blocks", "floods", "detoxifies") states what a remedy does only with its subject in its own
 * clause ("Cold water floods your brain") or opening the sentence ("- Flushes toxins"): after "and" or "that" it
 * shares a subject the clause does not show ("the immune system overreacts and releases histamine"). Cited, with
 * no harm or benefit in its own clause ("activates an enzyme called AMPK [1]"), it describes a sourced mechanism.
 */
function isBodyAction(prose: string, phrase: Range, clause: Range, options: HedgingOptions): boolean {
  const subject = prose.slice(clause.start, phrase.start).replace(/[^\p{L}\p{N}'’\s-]/gu, ' ').trim();
  const opening = prose.slice(0, phrase.start).replace(/[^\p{L}]/gu, '') === '';
  if (subject === '' && !opening && !afterApposition(prose, phrase)) return false;
  if (beforeBodyNoun.has(lastWords(subject, 1).toLowerCase())) return false;
  if ((options.citedSources ?? 0) === 0) return true;
  const own = firstWords(prose.slice(phrase.end, clause.end), objectReach);
  return harmMatcher.test(own) || benefitMatcher.test(own);
}

/**
 * "Glutathione, the body's master antioxidant, detoxifies the liver": the verb follows an aside set off by commas,
 * and the sentence opens with its subject, a short name that is not the body, a condition or a pronoun.
 */
function afterApposition(prose: string, phrase: Range): boolean {
  if (!/[,"”]\s*$/.test(prose.slice(Math.max(0, phrase.start - 4), phrase.start))) return false;
  const comma = prose.indexOf(',');
  if (comma <= 0 || comma >= phrase.start) return false;
  const subject = prose.slice(0, comma).replace(/[^\p{L}\p{N}'’\s-]/gu, ' ').trim();
  const words = subject.split(/\s+/);
  if (subject === '' || words.length > 4 || !/^\p{Lu}/u.test(subject)) return false;
  return !isNonTreatmentSubject(subject) && !/^(?:it|they|this|these|you|we|i|he|she|when|if|while|after|before|because)$/i.test(words[0] ?? '');
}

/** A stock phrase where the scan found it: the sentence, the list entry, and the clause and group around it. */
interface PhraseSite {
  prose: string;
  entry: LexiconEntry;
  phrase: Range;
  clause: Range;
  group: Range;
}

function isTreatmentEffect(site: PhraseSite, options: HedgingOptions): boolean {
  const { prose, entry, phrase, clause, group } = site;
  // A body-action verb's object may run past a comma: "blocks NF-kB, the master switch of inflammation".
  const object =
    entry.condition === 'body-object'
      ? firstWords(ahead(prose, phrase.end, group.end), bodyObjectReach)
      : firstWords(prose.slice(phrase.end, clause.end), objectReach);
  // "reduces the risk of bowel cancer" already speaks in probabilities; "reduces risk factors" does not.
  // "lowers your risk of diabetes" promises the reader an outcome: that is a claim, not a population statistic.
  // So do "the chance of", "the odds of", "the likelihood of".
  // A gain verb on "your chances of" promises an outcome ("improves your chances of conceiving").
  const raisesChances = entry.kind === 'gain-verb' && /^\s*(?:your|the)\s+chances?\s+of\b/i.test(object) && !harmMatcher.test(object) && !unwantedChance.test(object);
  if (!raisesChances && /(?:^|\s)(?:risks?(?!\s+factors?\b)|chances?|odds|likelihood|probability)(?=\s|$|[.,;:])/i.test(firstWords(object, 3)) && !/^\s*your\s+risk/i.test(object)) return false;
  if (!raisesChances && !objectMatches(entry, object)) return false;
  // "Lower back pain", "lower leg cramps": anatomy, not the verb.
  if (/^lower$/i.test(prose.slice(phrase.start, phrase.end)) && /^\s+(?:back|abdomen|abdominal|legs?|limbs?|jaw|lip|body)\b/i.test(prose.slice(phrase.end))) {
    return false;
  }
  if (entry.condition === 'body-object' && !isBodyAction(prose, phrase, clause, options)) return false;
  if (isRiskOrDescription(prose, phrase, group.end)) return false;
  return !hasNonTreatmentSubject(prose, phrase, clause);
}

/** Relief verbs take a harm, gain verbs a benefit; "helps with" takes either ("helps with staying asleep"). */
function objectMatches(entry: LexiconEntry, object: string): boolean {
  if (entry.phrase.startsWith('help')) return harmMatcher.test(object) || benefitMatcher.test(object);
  if (entry.condition === 'body-object') return bodyTermMatcher.test(object) || harmMatcher.test(object) || benefitMatcher.test(object);
  // "Relaxes the muscles", "protects the stomach lining": relaxing or protecting a part of the body is the benefit itself.
  if (bodyBenefitVerbs.has(baseForm(entry.phrase.split(' ')[0] ?? '')) && bodyTermMatcher.test(object)) return true;
  // "Soothes digestion", "calms your mood": a soothing verb on a function of the body is a benefit too; on a part of
  // the body ("calms overactive nerve cells", "soothes the skin") it describes a mechanism or a sensation.
  if (soothingVerbs.has(baseForm(entry.phrase)) && !harmMatcher.test(object)) {
    return benefitMatcher.matchAll(object).some((good) => !bodyTermMatcher.test(good.text));
  }
  return (entry.kind === 'relief-verb' ? harmMatcher : benefitMatcher).test(object);
}

/** A finding denied before a "that" clause: "have not shown that", "there is no good evidence that". Bounded. */
const deniedFinding =
  /\b(?:(?:not|never)\s+(?:been\s+|yet\s+)?(?:shown|proven|proved|found|demonstrated|established)|(?:cannot|can't|can’t|does not|doesn't|doesn’t|do not|don't|don’t|did not|didn't|didn’t)\s+(?:yet\s+)?(?:show|prove|demonstrate|establish)|no\s+(?:good\s+|strong\s+|reliable\s+|real\s+|clear\s+)?(?:evidence|proof))\s+that\b[^.;!?]{0,100}$/i;

/** What follows a noun, not a verb: punctuation, or a verb of its own ("fixes are", "fixes include"). */
const nounAfter = /^\s*(?:[:;,.)!?]|(?:are|were|is|include|for|like)\b)/i;

/** Relief verbs whose object may be a function they settle as well as a harm they take away. */
const soothingVerbs: ReadonlySet<string> = new Set(['soothe', 'calm', 'settle', 'ease']);
/** A hedging attribution after the claim: "So coffee protects your heart, the authors suggest, ...". */
const trailingHedge =
  /,\s+(?:the\s+)?(?:authors|researchers|scientists|investigators|team)\s+(?:suggest|believe|think|speculate|propose|cautiously conclude)\b/i;

/** Chances nobody wants raised: "increase the chance of side effects". */
const unwantedChance = /\b(?:side[ -]effects?|complications?|reactions?|bleeding|infection|miscarriage|relapse|harm|death|dying)\b/i;

/** Verbs that act on a part of the body as the benefit itself: "relaxes the muscles", "protects the stomach lining". */
const bodyBenefitVerbs: ReadonlySet<string> = new Set(['relax', 'loosen', 'unblock', 'protect', 'strengthen', 'nourish', 'repair', 'rebuild', 'heal', 'regenerate']);

/** "Boosting energy and mental clarity": a short item that opens with the gerund and names a harm or benefit. */
function isBenefitBullet(prose: string, phrase: Range, clause: Range): boolean {
  const opening = prose.length - prose.replace(leadingNonLetters, '').length;
  if (phrase.start !== opening || wordCount(prose) > bulletMaxWords) return false;
  const object = firstWords(prose.slice(phrase.end, clause.end), objectReach);
  return harmMatcher.test(object) || benefitMatcher.test(object);
}

/** A base-form verb opening an item of a benefits list: "- Boost energy and recovery" (the product boosts it). */
function isBaseFormBenefitBullet(prose: string, phrase: Range, clause: Range, options: HedgingOptions): boolean {
  return options.benefitList === true && isBenefitBullet(prose, phrase, clause);
}

/** A heading or a list's lead-in line that makes its items the treatment's benefits ("## Benefits", "Clients love it for:"). */
export function isBenefitContext(text: string): boolean {
  return benefitContextMatcher.test(text);
}

function matchCase(replacement: string, written: string): string {
  if (replacement === '' || !/^\p{Lu}/u.test(written)) return replacement;
  return replacement.charAt(0).toUpperCase() + replacement.slice(1);
}

function replacementFor(entry: LexiconEntry, written: string): string | null {
  const { kind, replacement: listed } = entry;
  if (kind === 'gerund') return null;
  if (kind === 'relief-verb' || kind === 'gain-verb') {
    const [verb = '', ...rest] = written.split(/\s+/);
    const base = entry.plural ? verb.toLowerCase() : baseForm(verb.toLowerCase());
    return matchCase(['may', base, ...rest].join(' '), written);
  }
  return listed === null ? null : matchCase(listed, written);
}

/**
 * "Studies show that X relieves pain": what the research is said to show is an
 * effect ("relieves", "improves", "benefits", "safe"), stated without a hedge or negator in the rest of its clause group.
 */
function statesFinding(prose: string, phrase: Range, clauses: ClauseMap): boolean {
  const group = clauses.groupAround(phrase);
  // Up to the clause group's end, or a full stop the sentence splitter missed ("18°C. Blackout blinds ...").
  const finding = ahead(prose, phrase.end, group.end).split(/[.!?]\s/)[0] ?? '';
  // "Research has proven this.": proof of the claim just made, pointed back to.
  if (pointsBack(finding) && /\b(?:prove[dns]?|confirm(?:s|ed)?)\b/i.test(prose.slice(phrase.start, phrase.end))) return true;
  if (findCues(finding).length > 0) return false;
  // "research shows that smoking increases the risk of cancer" is about harm, not a treatment's benefit.
  if (harmFinding.test(finding)) return false;
  return effectWordMatcher.test(finding);
}

/** The writer as the one the effect reached: "for my skin", "helped me". */
const ownCase = /\b(?:my|me)\b/i;

/** Nothing after the proof but a word pointing back at the previous sentence's claim: "this.", "it!". */
function pointsBack(finding: string): boolean {
  const word = trimEndWhere(finding.trim(), /[.!\s]/).toLowerCase();
  return word === 'this' || word === 'it' || word === 'that';
}

/** How far ahead of a phrase its conditions read: a bounded window keeps a scan linear on long hostile lines. */
const lookAhead = 300;

function ahead(prose: string, from: number, to: number): string {
  return prose.slice(from, Math.min(to, from + lookAhead));
}

/**
 * A consequence clause after an effect: "..., which can trigger seizures". Only after a comma: "corrects the
 * imbalance that causes depression" names the harm it removes. Bounded.
 */
const consequence = /,\s*(?:which|and this|and that|this)\s+(?:can|may|could|might|will|often|in turn)?\s*(?:triggers?|causes?|leads? to|raises?|increases?|worsens?|provokes?)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/iu;
/** What the reader takes, described by what it does: "take medication that lowers blood sugar". Bounded. */
const readerTakes = /\b(?:take|takes|taking|took|use|uses|using|on|prescribed|given)\s+(?:[\p{L}-]+\s+){0,3}(?:that|which)\s+$/iu;

/**
 * An effect that is not a benefit claim for the treatment: one that leads to a harm ("lowers the carbon dioxide in
 * your blood, which can trigger seizures": a risk), or one that only describes which medicine the reader takes
 * ("if you take medication that lowers blood sugar": a class of drugs, not a claim about one).
 */
export function isRiskOrDescription(prose: string, phrase: Range, groupEnd: number): boolean {
  if (readerTakes.test(prose.slice(Math.max(0, phrase.start - 80), phrase.start))) return true;
  const harm = consequence.exec(ahead(prose, phrase.end, groupEnd));
  return harm !== null && harmMatcher.test(harm[1] ?? '');
}

/**
 * A copula before "the" and the superlative: the sentence's subject is what is ranked ("Turmeric is the best",
 * "it's literally the strongest", "magnesium is the smarter"). Bounded, so linear.
 */
const rankedByCopula =
  /(?:(?:^|[^\p{L}])(?:is|are|remains?|becomes?)|\p{L}['’]s)\s+(?:(?:simply|truly|really|literally|easily|by far|hands-down|hands down|honestly|just|still|also)\s+)?the\s+$/iu;

const reportedSpeech = /\b(?:says?|said|tells?|told|swears?|swore|reckons?|insists?|claims?)\b/i;

/**
 * "Turmeric is the best anti-inflammatory on the planet", "Cetirizine is the strongest antihistamine you can buy":
 * a superlative after "is the" ranks the sentence's subject above every rival, whatever noun follows, in a sentence
 * about health or in an article about one treatment. Not when the head names evidence, a time, a dose or a risk
 * ("the strongest evidence", "the best time to take it"), nor when the subject is the body or a condition.
 */
function ranksSubject(prose: string, phrase: Range, clause: Range, options: HedgingOptions): boolean {
  const lead = prose.slice(Math.max(clause.start, phrase.start - 40), phrase.start);
  const copula = rankedByCopula.exec(lead);
  // "the Glycinate Complex — honestly the best magnesium on the market": a dash names the ranked thing again.
  if (!copula) return rankedAfterDash.test(prose.slice(Math.max(0, phrase.start - 40), phrase.start)) && ranksRemedyHead(prose, phrase, options);
  // A noun must follow: not "best-studied", "the best of", "the better for it".
  const after = prose.slice(phrase.end);
  if (!/^\s+\p{L}/u.test(after) || /^\s+(?:of|for|to|at|in|if|when|way to take|thing (?:you|to do))\b/i.test(after)) return false;
  if (rankedHeadExcludedMatcher.test(firstWords(after, 2))) return false;
  if (usageAfter.test(after)) return false;
  // "He says it's the best thing he's tried": someone's testimony, reported.
  if (reportedSpeech.test(prose.slice(0, phrase.start))) return false;
  const subject = prose.slice(clause.start, phrase.start - lead.length + copula.index).trim();
  if (subject !== '' && isNonTreatmentSubject(lastWords(subject, 2))) return false;
  if (harmMatcher.test(lastWords(subject, 2))) return false;
  return inHealthContext(prose, options);
}

function inHealthContext(prose: string, options: HedgingOptions): boolean {
  return (
    namesHealth(prose) ||
    treatmentNounMatcher.test(prose) ||
    comparisonObjectMatcher.test(prose) ||
    effectWordMatcher.test(prose) ||
    options.inTreatmentArticle?.() === true
  );
}

/** A dash, an adverb perhaps, and "the" before the superlative. Bounded. */
const rankedAfterDash = /\s[—–]\s+(?:(?:simply|truly|really|literally|easily|by far|honestly|just)\s+)?the\s+$/iu;

/** After a dash, the superlative must rank a named remedy ("the best magnesium"), not a moment ("the best part of the day"). */
function ranksRemedyHead(prose: string, phrase: Range, options: HedgingOptions): boolean {
  const head = firstWords(prose.slice(phrase.end), 2);
  if (head === '' || rankedHeadExcludedMatcher.test(head) || /^(?:part|bit|thing|time|day|moment|way)\b/i.test(head)) return false;
  return findTreatmentMentions(head).length > 0 || (treatmentNounMatcher.test(head) && inHealthContext(prose, options));
}

/** Using the treatment, right after "the earlier you", "the more you": "start", "use", "take it", "apply the cream". */
const useVerb = /^\s+(?:start|begin|use|take|apply|wear|stick|keep|do|practi[sc]e|train|go|come|book|treat)\w*\b/i;
/** The second half of the promise, after a comma: ", the better", ", the more hair you keep", ", the faster you heal". Bounded. */
const betterHalf = /,\s+the\s+(?:better|more|faster|quicker|greater|bigger|stronger|healthier|fewer|less|sooner)\b/i;

/**
 * "The earlier you start treatment, the more hair you keep": more or earlier use of a treatment promised to bring a
 * bigger benefit, in a sentence about health or an article about one treatment. "The longer you wait, the harder it
 * is to treat" names no use of a treatment and stays quiet.
 */
function promisesMoreBenefit(prose: string, phrase: Range, options: HedgingOptions): boolean {
  const after = ahead(prose, phrase.end, prose.length);
  if (!useVerb.test(after) || !betterHalf.test(after)) return false;
  // "..., the more hair you may keep": the promised half is hedged.
  if (findCues(after).some((cue) => cue.kind !== 'distancing')) return false;
  return namesHealth(prose) || treatmentNounMatcher.test(prose) || options.inTreatmentArticle?.() === true;
}

/** Denials that promise none of a harm is left: "zero pain", "zero downtime". */
const noneLeft: ReadonlySet<string> = new Set(['zero']);

/** Text without the spaces and emphasis marks (`*`, `_`) at its end: a loop, as an end-anchored pattern would backtrack. */
function withoutTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && /[\s*_]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/** "the" just before a superlative: "the best herb", "hands-down the fastest way to" (tested on text trimmed at its end). */
const theBefore = /(?:^|[^\p{L}])the$/iu;

/** Taking or undergoing a treatment, for reassurance said of it: "as long as the dose is right, you will be fine". */
const treatmentUse = /\b(?:dose|doses|dosage|procedure|operation|surgery|injection|jab|vaccine|scan|test)\b/i;

/** The body, a harm or a benefit: what a switch, a guarantee or a body-action verb must act on. */
function namesHealth(text: string): boolean {
  return bodyTermMatcher.test(text) || harmMatcher.test(text) || benefitMatcher.test(text);
}

/** The extra condition some lists put on their phrases (`EntryCondition`). */
function passesCondition(
  prose: string,
  entry: LexiconEntry,
  phrase: Range,
  clause: Range,
  clauses: ClauseMap,
  options: HedgingOptions,
): boolean {
  switch (entry.condition) {
    case 'treatment-object':
      // "the evidence is better than for other remedies" compares the research, not the remedies.
      return (
        comparisonObjectMatcher.test(firstWords(prose.slice(phrase.end), comparisonReach)) &&
        !rankedHeadExcludedMatcher.test(lastWords(prose.slice(clause.start, phrase.start), 3)) &&
        // "Manufacturers say their sprays work faster than tablets": someone else's claim, reported.
        !reportedSpeech.test(prose.slice(0, phrase.start)) &&
        // "It was basically a pill shaped like a sweet", "the gel was better than tablets for me": narration.
        !narrativeAuxiliaries.has(lastWords(prose.slice(clause.start, phrase.start), 1).toLowerCase())
      );
    case 'benefit-list':
      return options.benefitList === true;
    case 'not-advice':
      return !adviceAfter.test(prose.slice(phrase.end));
    case 'harm-object': {
      const object = firstWords(ahead(prose, phrase.end, clause.end), 4);
      // "zero pain" promises a harm away; "zero pain relief" names a benefit that is missing.
      if (noneLeft.has(entry.phrase) && benefitMatcher.test(object)) return false;
      // "does not cause drowsiness in most people" is qualified by its own scope.
      return (
        harmMatcher.test(object) &&
        !hasNonTreatmentSubject(prose, phrase, clause) &&
        findCues(ahead(prose, phrase.end, clause.end)).every((cue) => cue.kind !== 'scope' && cue.kind !== 'hedge')
      );
    }
    case 'relief-promise': {
      const promised = firstWords(ahead(prose, phrase.end, clause.end), 5);
      return harmMatcher.test(promised) || feltState.test(promised);
    }
    case 'good-direction': {
      const object = firstWords(ahead(prose, phrase.end, clause.end), 4);
      const more = /\b(?:increases?|boost|doubles|triples)\b/i.test(entry.phrase);
      return more ? benefitMatcher.test(object) && !harmMatcher.test(object) : harmMatcher.test(object);
    }
    case 'body-object':
      // Verbs check their object with their kind; a switch or a guarantee checks it here.
      if (entry.kind === 'gain-verb' || entry.kind === 'relief-verb') return true;
      // "guarantee that it will stop your hair loss": the object may be a clause of its own.
      return namesHealth(firstWords(ahead(prose, phrase.end, clauses.groupAround(phrase).end), bodyObjectReach));
    case 'health-context':
      return (
        namesHealth(prose) ||
        treatmentNounMatcher.test(prose) ||
        effectWordMatcher.test(prose) ||
        treatmentUse.test(prose) ||
        options.inTreatmentArticle?.() === true
      );
    case 'natures-medicine': {
      // "Cherries are nature's allopurinol"; not "Fever is nature's way of fighting infection".
      if (!/(?:(?:^|[^\p{L}])(?:is|are)|\p{L}['’]s)\s+(?:(?:basically|essentially|literally|simply|truly|really)\s+)?$/iu.test(prose.slice(Math.max(clause.start, phrase.start - 30), phrase.start))) return false;
      if (!/^\s+\p{L}/u.test(prose.slice(phrase.end)) || /^\s+(?:way|own|course|gift|beauty|rhythm|cycle|clock)\b/i.test(prose.slice(phrase.end))) return false;
      const subject = lastWords(prose.slice(clause.start, phrase.start), 4);
      if (isNonTreatmentSubject(subject) || harmMatcher.test(subject)) return false;
      return naturesMedicineEnd(prose, phrase.end) !== null;
    }
    case 'dose-response':
      return promisesMoreBenefit(prose, phrase, options);
    case 'ranks-subject':
      return ranksSubject(prose, phrase, clause, options);
    case 'ranks-remedy': {
      // Looked for further back than "the " needs: blanked markup ("the <b>best</b>") leaves spaces between them,
      // and emphasis marks ("the **best**") stay in prose.
      if (!theBefore.test(withoutTrailingMarks(prose.slice(Math.max(0, phrase.start - 40), phrase.start)))) return false;
      const after = ahead(prose, phrase.end, clause.end);
      // "the best option is to rest": advice about what to do, not a ranking of a remedy.
      if (/^\s+(?:is|are|would be|will be)\s+to\b/i.test(after)) return false;
      if (!/\bto$/i.test(entry.phrase)) return true;
      // "the quickest way to calm itchy eyes" ranks a remedy by its effect; "the quickest way to the shop" does not.
      const purpose = firstWords(after, objectReach);
      return effectWordMatcher.test(purpose) || harmMatcher.test(purpose) || benefitMatcher.test(purpose) || bodyTermMatcher.test(purpose);
    }
    case 'effect-follows':
      return statesFinding(prose, phrase, clauses);
    case 'effect-before':
      return effectWordMatcher.test(prose.slice(clause.start, phrase.start));
    default:
      return true;
  }
}

function passesKindCheck(site: PhraseSite, options: HedgingOptions): boolean {
  const { prose, entry, phrase, clause } = site;
  const kind = entry.kind;
  switch (kind) {
    case 'booster-adverb':
      // "clearly labelled" is not about an effect; "clearly improves" is. "The pain was completely
      // eliminated" narrates one case.
      return (
        effectWordMatcher.test(firstWords(prose.slice(phrase.end, clause.end), adverbReach)) &&
        !narrativeAuxiliaries.has(lastWords(prose.slice(clause.start, phrase.start), 1).toLowerCase())
      );
    case 'relief-verb':
    case 'gain-verb':
      return isTreatmentEffect(site, options);
    case 'gerund':
      return isBenefitBullet(prose, phrase, clause);
    case 'efficacy-statement':
    case 'comparison':
      // "is particularly helpful if ..." states when it helps; its own condition already left out advice.
      return entry.condition === 'not-advice' || !usageAfter.test(prose.slice(phrase.end));
    case 'absolute-safety':
      // "Most palpitations are harmless": the condition is harmless, no treatment is called safe ("side effects are
      // harmless" still reassures about one).
      return !conditionCalledSafe(prose, phrase, clause);
    case 'certainty':
      // "two popular fixes: ice or lycra", "home cures are ...": a one-word verb used as a noun.
      if (/^\p{L}+$/u.test(entry.phrase) && nounAfter.test(prose.slice(phrase.end, phrase.end + 12))) return false;
      // "the body eliminates excess magnesium" is physiology, not a treatment claim.
      return !hasNonTreatmentSubject(prose, phrase, clause);
    default:
      return true;
  }
}

function isGoverned(prose: string, phrase: Range, kind: OverstatementKind, clauses: ClauseMap, cues: readonly Cue[]): boolean {
  const group = clauses.groupAround(phrase);
  const scope: Scope = {
    group,
    clause: clauses.clauseAround(phrase),
    openingClause: clauses.clauseAround({ start: group.start, end: group.start }),
  };
  return (
    isNegated(prose, phrase, scope.group, scope.clause, cues) ||
    isDistanced(phrase, group, cues) ||
    isHedged(prose, phrase, kind, scope, cues)
  );
}

/** A sentence's clauses and qualifying cues, worked out once for several `isQualifiedAt` calls on it. */
export interface QualifierScan {
  readonly clauses: ClauseMap;
  readonly cues: readonly Cue[];
}

export function scanQualifiers(prose: string): QualifierScan {
  return { clauses: mapClauses(prose), cues: findCues(prose) };
}

/**
 * Whether a hedge, modal, scope word, negator or distancing word governs the
 * phrase at `phrase`. With reach 'clause', as the phrase lists use it; with
 * 'group', any cue earlier in the clause group counts too, as a verb
 * coordinated with a hedged or negated one is qualified with it ("can help
 * you shed fat and increase muscle", "if it turns out to be a reliable treatment").
 */
export function isQualifiedAt(
  prose: string,
  phrase: Range,
  reach: 'clause' | 'group' = 'clause',
  scan: QualifierScan = scanQualifiers(prose),
): boolean {
  // A cue inside the phrase ("can help", "may ease") qualifies it too: judge from the phrase's end.
  const end = { start: phrase.end, end: phrase.end };
  const { clauses, cues } = scan;
  if (isGoverned(prose, end, 'efficacy-statement', clauses, cues)) return true;
  if (reach === 'clause') return false;
  const group = clauses.groupAround(end);
  // A negator earlier in the group reaches across commas: "is not intended to diagnose, treat or cure".
  return cues.some(
    (cue) =>
      cue.start >= group.start &&
      cue.start < phrase.end &&
      !assertsMore(prose, cue) &&
      // "Whether you're tired or run down, it gives ...": whatever the case, not a doubt.
      !(cue.phrase === 'whether' && /^[^\p{L}]*$/u.test(prose.slice(0, cue.start))),
  );
}

/**
 * The prose with inserted adverbs after an auxiliary blanked out (same length,
 * same offsets), or null when there are none. A hedge or scope word ("has
 * often been shown") is never blanked: it qualifies the phrase.
 */
function withoutInsertedAdverbs(prose: string): string | null {
  let changed = false;
  auxiliaryGap.lastIndex = 0;
  const blanked = prose.replace(auxiliaryGap, (whole: string, gap: string) => {
    const adverbs = gap.trim().split(/\s+/);
    if (adverbs.some((word) => cueKindByPhrase.has(word.toLowerCase()))) return whole;
    changed = true;
    return whole.slice(0, whole.length - gap.length) + gap.replace(/\S/g, ' ');
  });
  return changed ? blanked : null;
}

/**
 * Stock phrases in the sentence, also where an adverb splits them ("has also
 * been shown to"): a match across a gap replaces the matches inside it.
 */
function stockCandidates(prose: string): PhraseMatch[] {
  const plain = overstatementMatcher.matchAll(prose);
  const blanked = withoutInsertedAdverbs(prose);
  if (blanked === null) return plain;
  const gapped = overstatementMatcher
    .matchAll(blanked)
    .filter((match) => /\s{2,}/.test(match.text))
    .map((match) => ({ ...match, text: prose.slice(match.start, match.end) }));
  if (gapped.length === 0) return plain;
  // A listed phrase that opens with the adverb and reaches as far ("is clinically proven", "are also highly
  // effective") stands; otherwise the match across the gap replaces what it overlaps ("has also been shown to").
  const overlaps = (a: PhraseMatch, b: PhraseMatch) => a.start < b.end && b.start < a.end;
  const opensWithAdverb = (match: PhraseMatch) => blanked.charAt(match.start) === ' ' && /\s/.test(match.phrase);
  const kept = gapped.filter((gap) => !plain.some((match) => opensWithAdverb(match) && overlaps(match, gap) && match.end >= gap.end));
  const rest = plain.filter((match) => !kept.some((gap) => overlaps(match, gap)));
  return [...rest, ...kept].sort((a, b) => a.start - b.start);
}

/**
 * Where the medicine named after "nature's" ends, within three words: "nature's allopurinol", "nature's antibiotic",
 * "nature's blood pressure medication"; null when none is named ("nature's finest season").
 */
function naturesMedicineEnd(prose: string, from: number): number | null {
  const words = /^(?:\s+[\p{L}-]+){1,3}/u.exec(prose.slice(from, from + 120))?.[0] ?? '';
  let end = 0;
  for (const word of words.match(/\S+/g) ?? []) {
    end = words.indexOf(word, end) + word.length;
    const head = words.slice(0, end);
    if (findTreatmentMentions(head).length > 0 || comparisonObjectMatcher.test(head) || treatmentNounMatcher.test(word)) return from + end;
  }
  return null;
}

/**
 * Every unhedged overstatement in the sentence, strongest first: certainty,
 * universal, safety, comparison and mechanism phrases in reading order, then
 * plain efficacy statements and verbs.
 */
export function findOverstatements(prose: string, options: HedgingOptions = {}): Overstatement[] {
  if (isQuestionText(prose) || options.hedgedByLeadIn === true) return [];
  // One scan finds the candidates; most sentences have none and stop here.
  const candidates = stockCandidates(prose);
  if (candidates.length === 0) return [];
  if (looksLikeTitle(prose) || opensWithAdvice(prose) || reportsStudyResult(prose) || trailingHedge.test(prose)) return [];
  const cues = findCues(prose);
  const clauses = mapClauses(prose);
  const found: Overstatement[] = [];
  for (const match of candidates) {
    const entry = entriesByPhrase.get(match.phrase);
    if (!entry) continue;
    if (shownToPhrases.has(entry.phrase) && options.citedSources === 1) continue;
    if (insideQuotation(prose, match.start)) continue;
    if (deniedByObject(prose, match.end)) continue;
    // "Every patient's skin": a possessive names whose, it claims nothing for everyone.
    if (/^['’]s\b/.test(prose.slice(match.end, match.end + 3))) continue;
    // "trials have not shown that any supplement prevents dementia": the finding is denied, whatever its distance.
    if (deniedFinding.test(prose.slice(Math.max(0, match.start - 120), match.start))) continue;
    // "helps prevent migraines in everyone": a soft verb does not soften a claim made for everyone.
    const governing = entry.condition === 'effect-before' ? cues.filter((cue) => !softVerbCues.has(cue.phrase)) : cues;
    if (isGoverned(prose, match, entry.kind, clauses, governing)) continue;
    const clause = clauses.clauseAround(match);
    // "X is the most effective kit I've tested": a ranking, with the tester named after it, is still the article's
    // claim; "the best thing I've tried for my skin" tells of the writer's own case.
    const testimony = entry.kind === 'comparison' && !ownCase.test(prose.slice(match.end, clause.end)) ? { start: clause.start, end: match.start } : clause;
    if (isFirstPersonAt(prose, testimony)) continue;
    if (!passesCondition(prose, entry, match, clause, clauses, options)) continue;
    if (!passesKindCheck({ prose, entry, phrase: match, clause, group: clauses.groupAround(match) }, options)) continue;
    if (
      entry.plural &&
      !followsPluralSubject(prose, match) &&
      !coordinatedWithPluralSubject(prose, match, clauses.groupAround(match)) &&
      !isBaseFormBenefitBullet(prose, match, clause, options)
    ) {
      continue;
    }
    // A superlative keyed on its adjective is reported with its "the": "the best herb" → "a good herb".
    const start = entry.condition === 'ranks-remedy' || entry.condition === 'ranks-subject' ? prose.lastIndexOf('the', match.start) : match.start;
    // "nature's penicillin" is reported with the medicine it names.
    const end = entry.condition === 'natures-medicine' ? (naturesMedicineEnd(prose, match.end) ?? match.end) : match.end;
    found.push({
      kind: entry.kind,
      phrase: entry.phrase,
      text: prose.slice(start, end),
      start,
      end,
      replacement: replacementFor(entry, prose.slice(start, end)),
    });
  }
  // Unnamed research or reputation ("studies show", "is known for") is reported after a more specific overstatement.
  const isResearch = (item: Overstatement) => entriesByPhrase.get(item.phrase)?.condition === 'effect-follows';
  const strong = found.filter((item) => !plainKinds.has(item.kind) && !isResearch(item));
  const research = found.filter(isResearch);
  const plain = found.filter((item) => plainKinds.has(item.kind));
  return [...strong, ...research, ...plain];
}

/** Words that make a short item a verb phrase or a remark, not an outcome: "Helps you relax", "Is it safe". */
const outcomeVerbs =
  /\b(?:is|are|was|were|be|has|have|had|do|does|did|can|may|might|could|should|will|would|not|no|without|you|your|we|our|I|use|take|try|avoid|add|mix|combine|pair|store|keep|start|choose|check|ask|talk|see|consult|read|buy)\b/i;
/** A change for the better just before a harm: "Lower inflammation", "Fewer migraines", "Reduced joint pain" (not "Lower back pain"). */
const betterBefore = /\b(?:lower|less|fewer|reduced|decreased|diminished|no more|relief from|freedom from)\s+(?![Bb]ack\b|[Aa]bdomen\b|[Ll]egs?\b|[Ll]imbs?\b)(?:[\p{L}-]+\s+)?$/iu;

/**
 * An item of a list of benefits that names an outcome with no verb: "- Mental clarity", "- Fast, sustainable weight
 * loss", "- Lower inflammation". Its subject is the lead-in's treatment (rubric), so it states the benefit as
 * established. Short, with a harm or a benefit in it, nothing hedging or negating it, and no verb or person.
 */
export function findOutcomeItem(prose: string): Overstatement | null {
  const text = prose.replace(/[*_]+/g, (marks) => ' '.repeat(marks.length));
  if (wordCount(text) > bulletMaxWords || isQuestionText(text) || /[:;]/.test(text.trim().slice(0, -1))) return null;
  if (outcomeVerbs.test(text) || findCues(text).length > 0) return null;
  // "Shows promise in ...", "Crushes cravings": an opening verb in -s is judged with the verbs, not here.
  if (/^[^\p{L}]*\p{L}+[^s\W]s\b/u.test(text) && !/^[^\p{L}]*\p{L}+ss\b/u.test(text)) return null;
  // A harm alone ("- Period pain") names what it is used for; a benefit, or a harm made better, is an outcome.
  const outcome =
    benefitMatcher.matchAll(text).find((good) => !objectOnlyWords.has(good.phrase)) ??
    harmMatcher.matchAll(text).find((harm) => betterBefore.test(text.slice(0, harm.start)));
  if (!outcome) return null;
  const start = text.length - text.replace(leadingNonLetters, '').length;
  const end = start + trimEndWhere(text.slice(start), /[\s.!,]/).length;
  return { kind: 'gerund', phrase: outcome.phrase, text: prose.slice(start, end), start, end, replacement: null };
}

/** Benefit words that need a verb before them ("boosts levels of", "aids production"): alone they name no outcome ("12 intensity levels"). */
const objectOnlyWords: ReadonlySet<string> = new Set(['levels', 'production', 'benefits', 'cells', 'cellular']);

/** The one phrase to report for a sentence, or null when it is hedged or makes no such claim. */
export function findOverstatement(prose: string, options: HedgingOptions = {}): Overstatement | null {
  return findOverstatements(prose, options)[0] ?? null;
}
