/**
 * Plain benefit statements (rubric §2: "X relieves anxiety", "X is an
 * effective treatment for Y"): a sentence the claim classifier reads as an
 * efficacy, comparison or health-effect claim, or that calls a treatment an
 * excellent option, a natural remedy or a powerhouse, said of the treatment
 * in the present tense (or with "will"), with nothing to qualify it. The
 * phrase lists in hedging.ts catch the stock wording; this catches the
 * varied wording of marketing prose by structure. Pure.
 */
import type { Range } from '../../src/article/types.js';
import { findClaim, type ClaimFinding, type ListContext } from './claims.js';
import { compilePhrases, type PhraseMatch } from '../../src/words/matcher.js';
import { mapClauses } from './hedging-clauses.js';
import {
  baseForm,
  benefitMatcher,
  cueKindByPhrase,
  cueMatcher,
  harmMatcher,
  listMatcher,
  isNonTreatmentSubject,
  treatmentNounMatcher,
  plainWordSet,
} from './hedging-lexicon.js';
import {
  deniedByObject,
  insideQuotation,
  isFirstPersonAt,
  isRiskOrDescription,
  isQualifiedAt,
  scanQualifiers,
  looksLikeTitle,
  opensWithAdvice,
  reportsStudyResult,
  type Overstatement,
} from './hedging.js';
import { findTreatmentMentions } from './treatment.js';
import { firstWords, lastWords } from './word-window.js';

/** What the article as a whole says about its treatment (`detectTreatmentSubject`). */
export interface ArticleTreatment {
  /** The article is about one treatment, so "it" and an elided subject mean that treatment. */
  isTreatmentArticle: boolean;
  /** Finds the article's treatment in text ("turmeric", "curcumin"), when it has one (`subjectPattern`). */
  subject: RegExp | null;
}

export interface BenefitContext {
  /** For a list item, what its list is about, for the claim classifier (`listContexts` in claims.ts). */
  list: ListContext | undefined;
  /** The article's treatment; a function so that it is worked out only for sentences that need it. */
  treatment: () => ArticleTreatment;
  /** An item of a list of the treatment's benefits: its subject is the article's or the lead-in's (rubric). */
  benefitList: boolean;
  /** The sentence is a list item's text. */
  inListItem: boolean;
  /** For a list item, the sentence that introduces its list: items after "research is revealing:" report research. */
  leadIn: string | null;
  /** Text a pronoun may point back to: the sentence before in the block, and the nearest heading. */
  antecedents: readonly string[];
  /** The Article: the classifier's answers are remembered with it, for the other rules asking about the same sentences (findClaim). */
  scope?: object | undefined;
}

/** Claims that state what a treatment does for health; statistics, doses, prevalence and risks are other rules' business. */
const benefitKinds: ReadonlySet<ClaimFinding['kind']> = new Set(['efficacy', 'comparison', 'health-effect', 'safety', 'mechanism']);

type BenefitWord =
  | 'cue' // names a benefit, not a use, a timing or a mechanism: "soothing", "calms", "supports"
  | 'bringer' // brings something about, a benefit when what follows is good: "triggers cellular repair"
  | 'predicate-noun' // makes the treatment the answer to a health need when praised: "a natural treatment", "an excellent option"
  | 'praise-noun'; // praises on its own: "the oil is a powerhouse"

const benefitWordLists: ReadonlyArray<readonly [string, BenefitWord]> = [
  ['hedging-benefit-cues', 'cue'],
  ['hedging-benefit-bringers', 'bringer'],
  ['hedging-benefit-predicate-nouns', 'predicate-noun'],
  ['hedging-benefit-praise-nouns', 'praise-noun'],
];
/** Which lists each phrase is in; one matcher for all four, so each sentence is scanned once. */
const benefitWordKinds = new Map<string, Set<BenefitWord>>();
for (const [name, kind] of benefitWordLists) {
  for (const phrase of listMatcher(name).phrases) {
    const key = phrase.toLowerCase();
    const kinds = benefitWordKinds.get(key) ?? new Set<BenefitWord>();
    kinds.add(kind);
    benefitWordKinds.set(key, kinds);
  }
}
const benefitWordMatcher = compilePhrases([...benefitWordKinds.keys()]);
const predicateAdjectives = plainWordSet('hedging-benefit-predicate-adjectives');

/** The copula and determiner before a predicate noun: "is a ...", "makes an ...", "it's the ...", "is nature's ...". Bounded, so linear. */
const predicateOpening =
  /(?:(?:^|[\s,])(?:is|are|makes?|remains?|becomes?)|\p{L}['’]s)\s+(?:also\s+|truly\s+|really\s+|simply\s+|still\s+|literally\s+)?(?:a|an|the|one of the|\p{L}+['’]s)\s+((?:[\p{L}-]+,?\s+){0,4})$/iu;
/** Kinds of cue that qualify a whole sentence for this check, wherever they stand: "..., although how it helps is debated". */
const sentenceWideCues: ReadonlySet<string> = new Set(['hedge', 'scope', 'distancing']);
/** Words after a verb that show it has no object: "it settles within a year" is the condition settling. */
const noObject = /^\s*(?:(?:within|after|over|in|on|by|when|with|down|quickly|slowly|naturally|itself|themselves)\b|[.,;:!?)]|$)/i;
/** "reduces the risk of", "lowers the chance of": already a statement of probability (rubric §2), as the phrase lists treat it. */
const riskObject = /^\s+(?:\p{L}+\s+){0,2}(?:risks?\b(?!\s+factors?\b)|(?:chances?|odds|likelihood|probability)\b)/iu;
/** How far before a predicate noun its copula may stand. */
const predicateLookBack = 80;

/**
 * The sentence reports particular research (a study, a trial, what researchers found): the evidence rules and
 * the study-result check judge those. Research in general ("research backs its soothing effect", "science
 * confirms") is no such report: the benefit it vouches for is still stated as fact.
 */
const aboutResearch =
  /(?<![\p{L}-])(?:(?:a|an|one|this|that|the|our|their|in|of)\s+(?:[\p{L}\d-]+\s+){0,3}(?:study|trial|review|meta-analysis|analysis|experiment|survey|paper|cohort)|researchers|participants|volunteers|found|showed|shown|demonstrated|reported|observed|explored|investigated|tested|measured)\b/iu;
/** A clause group that opens with a concession ("while statins do provide benefits, ...") makes its point elsewhere. */
const concessionBefore = /\b(?:while|although|though|whereas)\s*$/i;
/** Narration or usage before the benefit: "was eliminated", "had relieved", "is used to treat", "are prescribed for". */
const pastOrUsage =
  /\b(?:was|were|had|did|used|uses|use|using|prescribed?|prescribes|given|taken|recommended|approved|licensed|designed|developed|marketed|sold|known|considered|believed|called|named)\b/i;
/** Someone else's words or a recommendation earlier in the group: "who said that it should be first-line". */
const speechOrObligation = /\b(?:said|says|say|saying|told|tells|according to|should|ought to|must)\b/i;
/** "works by inhibiting an enzyme, effectively lowering LDL": how it acts, or what it has done ("has helped people quit"). */
const mechanismOrPerfect = /\bworks? by\b|\b(?:has|have)\s+\p{L}+ed\b/iu;
/** A pronoun standing for the treatment, as subject of the benefit. */
const pronouns: ReadonlySet<string> = new Set(['it', 'they', 'this', 'these']);
/** Words that may stand between a pronoun subject and the benefit: "it also supports", "does it support", "they will ease". */
const afterPronoun: ReadonlySet<string> = new Set([
  'also', 'really', 'truly', 'even', 'further', 'actually', 'naturally', 'quickly', 'gently', 'just', 'still', 'then',
  'incredibly', 'very', 'extremely', 'highly', 'so', 'especially', 'particularly', 'hugely', 'amazingly',
  'both', 'all', 'will', 'be', 'does', 'do', 'is', 'are', "'s", '’s', "'re", '’re', 'therefore', 'thus',
]);
/** How many words before the benefit its subject may stand: "putting a few drops of lavender oil on sore skin will be soothing". */
const subjectReach = 10;
/** How many words before the benefit a pronoun subject may stand: "Not only does it support". */
const pronounReach = 4;
const leadingNonLetters = /^[^\p{L}]+/u;
/** A bold or short label that opens the sentence: "**Heart health**:", "Oregano:". */
const leadingLabel = /^\s*(?:\*\*[^*\n]{1,80}\*\*\s*(?::|[–—-](?=\s))|__[^_\n]{1,80}__\s*(?::|[–—-](?=\s))|\p{L}[\p{L} '’-]{0,40}:(?=\s))/u;

function words(text: string): string[] {
  const trimmed = text.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}


/** "is a natural treatment for", "makes an excellent option for", "is a powerhouse": a predicate that praises the treatment. */
function findPraisePredicate(prose: string, nouns: readonly PhraseMatch[], praise: readonly PhraseMatch[]): Range | null {
  for (const noun of [...nouns, ...praise.slice(0, 1)]) {
    const lead = prose.slice(Math.max(0, noun.start - predicateLookBack), noun.start);
    const opening = predicateOpening.exec(lead);
    if (!opening) continue;
    const between = words(opening[1] ?? '').map((word) => word.replace(/[^\p{L}-]/gu, '').toLowerCase());
    if (!praise.includes(noun) && !between.some((word) => predicateAdjectives.has(word))) continue;
    // Start at the verb: after the space, or at the apostrophe of "it's".
    const verb = /^[\s,]|^\p{L}(?=['’])/u.exec(opening[0])?.[0].length ?? 0;
    const start = noun.start - lead.length + opening.index + verb;
    return { start, end: noun.end };
  }
  return null;
}

function isQualifiedAnywhere(prose: string): boolean {
  return cueMatcher.matchAll(prose).some((cue) => sentenceWideCues.has(cueKindByPhrase.get(cue.phrase) ?? ''));
}

/** A verb in -s with nothing after it to act on: "it settles within a year", "the pain eases". */
function hasNoObject(prose: string, phrase: Range): boolean {
  return /^\p{L}+s$/u.test(prose.slice(phrase.start, phrase.end)) && noObject.test(prose.slice(phrase.end));
}

const predicateWords: ReadonlySet<string> = new Set(['is', 'are', 'be', 'been', 'being', 'was', 'were', 'so', 'very', 'too', 'most', 'more', 'also', 'will', 'can', 'to', "it's", 'it’s', 'they', 'we', 'you']);

/**
 * A bare benefit word used as a noun in an inventory: "herbal support, and weekly consultations", "WhatsApp
 * support Monday to Friday", "staff support until closing". The verb "support" takes an object; the noun is followed
 * by a comma, the end, a name or a preposition of time.
 */
function isNounUse(prose: string, phrase: Range): boolean {
  const word = prose.slice(phrase.start, phrase.end);
  if (!/^\p{Ll}+$/u.test(word) || /(?:s|ing|ed)$/.test(word)) return false;
  if (!/^(?:\s*[,;:.!)]|\s*$|\s+\p{Lu}|\s+(?:until|at|during|throughout|every|each|via|over)\b)/u.test(prose.slice(phrase.end))) return false;
  // "is incredibly beneficial," and "they support." are predicates, not nouns.
  const previous = lastWords(prose.slice(0, phrase.start), 1).toLowerCase().replace(/[^\p{L}'’]/gu, '');
  return previous !== '' && !/ly$/.test(previous) && !predicateWords.has(previous) && !pronouns.has(previous);
}

function wordStart(text: string, offset: number): number {
  let start = offset;
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start--;
  return start;
}

function mentionsTreatment(text: string, context: BenefitContext): boolean {
  return (
    // The article's own subject last: working it out reads the whole article.
    treatmentNounMatcher.test(text) || findTreatmentMentions(text).length > 0 || (context.treatment().subject?.test(text) ?? false)
  );
}

/** "it also supports", "does it support", "It's also": a pronoun, then only adverbs and auxiliaries up to the phrase. */
function hasPronounSubject(before: string): boolean {
  const tokens = words(before.replace(/[’']/g, " '").replace(/[^\p{L}'\s]/gu, ' ')).slice(-pronounReach).map((word) => word.toLowerCase());
  for (let index = tokens.length - 1; index >= 0; index--) {
    const token = tokens[index] ?? '';
    if (pronouns.has(token)) return true;
    if (!afterPronoun.has(token)) return false;
  }
  return false;
}

/**
 * Whose benefit it is: the treatment named shortly before the phrase, a pronoun
 * that stands for it, or the subject a list item or fragment leaves out.
 */
function saidOfTreatment(prose: string, phrase: Range, group: Range, opening: number, context: BenefitContext): boolean {
  if (concessionBefore.test(prose.slice(0, group.start))) return false;
  const before = prose.slice(group.start, phrase.start);
  // "the immune system fights ...", "This chemical weakens ...": the body or something else acts.
  if (isNonTreatmentSubject(lastWords(before, 2))) return false;
  if (phrase.start === opening || before.trim() === '') {
    // "- Reduces joint pain", "Protects cellular health": the subject is the article's or the lead-in's.
    return context.benefitList || (/^\p{L}+s\b/u.test(prose.slice(phrase.start)) && context.treatment().isTreatmentArticle);
  }
  if (mentionsTreatment(lastWords(before, subjectReach), context)) return true;
  if (!hasPronounSubject(before)) return false;
  // "Rose oil is the secret — ..., it's the perfect addition": the pronoun may point back within the sentence.
  const antecedents = [prose.slice(0, group.start), ...context.antecedents];
  return antecedents.some((text) => mentionsTreatment(text, context)) || context.treatment().isTreatmentArticle;
}

/** What a praising predicate is for: a condition or the people it suits ("a good choice for people with insomnia"). */
const predicateUse = /^\s+for\s+(?:(?:people|patients|anyone|those|adults|children|women|men)\b|(.*))/iu;
/** A praise noun that takes "to" names its use itself: "an antidote to inflammation", "the key to a longer life". */
const predicateUseTo = /\bto$/i;

/** A praise noun that takes "to" must name a harm or a benefit after it: "the answer to your question" praises nothing. */
function namesItsObject(prose: string, phrase: Range, group: Range): boolean {
  if (!predicateUseTo.test(prose.slice(phrase.start, phrase.end))) return true;
  const target = words(prose.slice(phrase.end, group.end)).slice(0, 4).join(' ');
  return harmMatcher.test(target) || benefitMatcher.test(target);
}

/**
 * "Hawthorn is a good choice for people with high blood pressure": a praising
 * predicate that says what it is for makes its subject a treatment, named or not,
 * as long as the subject is a name (not the body, a condition or a pronoun).
 */
function namesItsUse(prose: string, phrase: Range, group: Range): boolean {
  if (concessionBefore.test(prose.slice(0, group.start))) return false;
  if (!predicateUseTo.test(prose.slice(phrase.start, phrase.end))) {
    const use = predicateUse.exec(prose.slice(phrase.end, group.end));
    if (!use) return false;
    const target = words(use[1] ?? '').slice(0, 4).join(' ');
    if (use[1] !== undefined && !harmMatcher.test(target)) return false;
  }
  const subject = lastWords(prose.slice(group.start, phrase.start), 2);
  if (subject === '' || isNonTreatmentSubject(subject)) return false;
  return !pronouns.has(lastWords(subject, 1).toLowerCase().replace(/[^\p{L}]/gu, ''));
}

/** Past narration, usage, or someone else's words before the phrase in its clause group: not a present claim of benefit. */
function isNarrationOrUsage(prose: string, phrase: Range, group: Range): boolean {
  const lead = prose.slice(group.start, phrase.start);
  if (speechOrObligation.test(lead) || pastOrUsage.test(lead) || mechanismOrPerfect.test(lead)) return true;
  // "Seizures reduced after ...", "helped to improve": a verb in the past, unless it opens a benefit bullet ("Improved focus").
  return /^\p{L}+ed$/u.test(prose.slice(phrase.start, phrase.end)) && lead.trim() !== '';
}

/** A health-effect claim is a benefit only when what it brings about is good: "triggers cellular repair", not "causes nausea". */
function bringsBenefit(prose: string, phrase: Range): boolean {
  // Six words: "gives your body what it needs".
  const object = firstWords(prose.slice(phrase.end), 6);
  return benefitMatcher.test(object) && !harmMatcher.test(object);
}

interface BenefitPhrases {
  /** A praising predicate, when there is one: "is a natural remedy". */
  predicate: Range | null;
  /** Where the benefit may be stated, left to right. */
  phrases: Range[];
}

/**
 * Where the benefit may be stated, from one scan: a praising predicate, a
 * benefit word, or a verb that brings about something good ("triggers cellular
 * repair", "provides relief").
 */
function benefitPhrases(body: string): BenefitPhrases {
  const byKind = (kind: BenefitWord) => (match: PhraseMatch) => benefitWordKinds.get(match.phrase.toLowerCase())?.has(kind) === true;
  const matches = benefitWordMatcher.matchAll(body);
  if (matches.length === 0) return { predicate: null, phrases: [] };
  const predicate = findPraisePredicate(body, matches.filter(byKind('predicate-noun')), matches.filter(byKind('praise-noun')));
  const phrases: Range[] = predicate ? [predicate] : [];
  phrases.push(...matches.filter(byKind('cue')));
  phrases.push(...matches.filter(byKind('bringer')).filter((verb) => bringsBenefit(body, verb)));
  return { predicate, phrases: phrases.sort((a, b) => a.start - b.start) };
}

/** Words before a word in -s that make it a noun ("its benefits", "for skin repairs"), not a verb. */
const beforeNoun: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'its', 'their', 'your', 'our', 'his', 'her', 'of', 'for', 'with', 'many', 'numerous', 'several',
  'other', 'these', 'those', 'some', 'any', 'no', 'all', 'health', 'real', 'proven', 'great', 'huge', 'big',
]);
const willBefore = /(?:^|\s)will\s+(?:\p{L}+\s+){0,2}$/iu;
/** How far back "will" may stand before the benefit: "will be incredibly soothing". */
const willLookBack = 40;

/** "will be soothing" → "may be soothing"; "lowers" → "may lower"; "is a powerhouse" → "may be a powerhouse"; null when no rewording reads right. */
function reworded(prose: string, phrase: Range, atOpening: boolean): { range: Range; replacement: string } | null {
  const windowStart = Math.max(0, phrase.start - willLookBack);
  const will = willBefore.exec(prose.slice(windowStart, phrase.start));
  if (will) {
    const start = windowStart + will.index + will[0].search(/will/i);
    const span = prose.slice(start, phrase.end);
    return { range: { start, end: phrase.end }, replacement: span.replace(/^will/i, (word) => (word === 'Will' ? 'May' : 'may')) };
  }
  const [verb = '', ...rest] = prose.slice(phrase.start, phrase.end).split(/\s+/);
  if (/^(?:is|are)$/.test(verb)) return { range: phrase, replacement: ['may be', ...rest].join(' ') };
  // A verb in -s after its subject ("CBD lowers", "makes an excellent option"); an item's opening word keeps its implied subject.
  const previous = lastWords(prose.slice(0, phrase.start), 1).toLowerCase();
  if (!atOpening && /^\p{Ll}+s$/u.test(verb) && !verb.endsWith('ss') && !beforeNoun.has(previous)) {
    return { range: phrase, replacement: ['may', baseForm(verb), ...rest].join(' ') };
  }
  return null;
}

/**
 * The plain benefit statement in a sentence, or null. `prose` is the sentence's
 * prose (Sentence.prose); offsets in the result are into it.
 */
export function findPlainBenefit(prose: string, context: BenefitContext): Overstatement | null {
  // "**Better sleep**: melatonin shortens ...": the label is a heading; the claim is what follows it.
  const body = prose.replace(leadingLabel, (label) => ' '.repeat(label.length));
  // Cheap scans first: most sentences name no benefit and stop here, before the classifier runs.
  const { predicate, phrases } = benefitPhrases(body);
  if (phrases.length === 0) return null;
  if (looksLikeTitle(prose) || opensWithAdvice(prose) || reportsStudyResult(prose)) return null;
  if (aboutResearch.test(prose) || (context.leadIn !== null && aboutResearch.test(context.leadIn))) return null;
  if (isQualifiedAnywhere(body)) return null;
  // The classifier says whether this is a claim of benefit at all; the benefit words say where it is.
  const claim = predicate ? null : findClaim({ prose: body, inListItem: context.inListItem, list: context.list, scope: context.scope });
  if (!predicate && !(claim && benefitKinds.has(claim.kind))) return null;
  const clauses = mapClauses(body);
  const qualifiers = scanQualifiers(body);
  const opening = body.length - body.replace(leadingNonLetters, '').length;
  for (const phrase of phrases) {
    const group = clauses.groupAround(phrase);
    if (insideQuotation(body, phrase.start) || isQualifiedAt(body, phrase, 'group', qualifiers)) continue;
    if (isFirstPersonAt(body, clauses.clauseAround(phrase))) continue;
    if (riskObject.test(body.slice(phrase.end)) || deniedByObject(body, phrase.end) || hasNoObject(body, phrase) || isNounUse(body, phrase)) continue;
    if (isRiskOrDescription(body, phrase, group.end)) continue;
    if (isNarrationOrUsage(body, phrase, group)) continue;
    if (phrase === predicate && !namesItsObject(body, phrase, group)) continue;
    if (!saidOfTreatment(body, phrase, group, opening, context) && !(phrase === predicate && namesItsUse(body, phrase, group))) continue;
    const rewording = reworded(body, phrase, phrase.start === opening);
    // Report a contracted verb with the word it hangs on: "it's also a natural treatment".
    const range =
      rewording?.range ?? (/^['’]/.test(body.charAt(phrase.start)) ? { start: wordStart(body, phrase.start), end: phrase.end } : phrase);
    return {
      kind: 'plain-benefit',
      phrase: body.slice(phrase.start, phrase.end).toLowerCase(),
      text: body.slice(range.start, range.end),
      start: range.start,
      end: range.end,
      replacement: rewording?.replacement ?? null,
    };
  }
  return null;
}

const softOpeners: ReadonlySet<string> = new Set(['helps', 'shows', 'aids', 'assists', 'contributes']);

/**
 * An item of a list of the treatment's benefits that opens with its verb, said as fact: "- Wakes up dormant hair
 * follicles", "- Buffers lactic acid so you can push out extra reps" under "What it does". The claim classifier
 * reads it as an efficacy claim of the list's subject; with no hedge anywhere in it, the benefit is stated as
 * established (rubric §2: plain present-tense efficacy), whatever words it uses.
 */
export function findListedBenefitVerb(
  prose: string,
  context: Pick<BenefitContext, 'list' | 'benefitList' | 'inListItem' | 'scope'>,
): Overstatement | null {
  if (!context.inListItem || !context.benefitList || context.list === undefined) return null;
  if (opensWithAdvice(prose) || reportsStudyResult(prose) || isQualifiedAnywhere(prose)) return null;
  const claim = findClaim({ prose, inListItem: true, list: context.list, scope: context.scope });
  if (claim?.kind !== 'efficacy') return null;
  const start = prose.length - prose.replace(leadingNonLetters, '').length;
  if (!prose.startsWith(claim.cue, start) || !/^\p{L}+s$/u.test(claim.cue)) return null;
  // "- Helps reduce stiffness", "- Shows promise in early trials": the verb itself softens the claim.
  if (softOpeners.has(claim.cue.toLowerCase())) return null;
  const end = start + claim.cue.length;
  const base = baseForm(claim.cue.toLowerCase());
  return {
    kind: 'plain-benefit',
    phrase: claim.cue.toLowerCase(),
    text: prose.slice(start, end),
    start,
    end,
    replacement: /^\p{Lu}/u.test(claim.cue) ? `May ${base}` : `may ${base}`,
  };
}
