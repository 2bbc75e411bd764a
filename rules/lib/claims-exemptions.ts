/**
 * Sentences the rubric says are never claims, however medical their words:
 * instructions and advice to the reader, the publisher talking about itself,
 * the article talking about itself, personal narrative, definitions of terms, bold pseudo-headings
 * and list fragments that only finish a lead-in ("if you: - have asthma").
 * Pure: a sentence's prose in, a reason out.
 */
import { loadWordList } from '../../src/words/wordlist.js';
import { compileCategorisedPhrases, type CategorisedMatcher } from './claims-phrases.js';

export type Exemption =
  | 'advice'
  | 'publisher'
  | 'self-reference'
  | 'announcement'
  | 'narrative'
  | 'definition'
  | 'uncertainty'
  | 'research-gap'
  | 'heading-like'
  | 'fragment';

function listMatcher(name: string): CategorisedMatcher<string> {
  return compileCategorisedPhrases([[name, loadWordList(name).phrases]]);
}
const imperativeMatcher = listMatcher('claim-exempt-imperatives');
const publisherMatcher = listMatcher('claim-exempt-publisher');
const selfReferenceMatcher = listMatcher('claim-exempt-self-reference');

const LEADING_MARKUP = /^[\s>*_"“‘'([-]+/;
const LEAD_IN_ADVERB =
  /^(?:put simply|simply put|in other words|in fact|of course|basically|in a nutshell|also|additionally|finally|first|firstly|second|secondly|third|thirdly|lastly|next|then|instead|however|so|and|but|or|therefore|in addition|importantly|most importantly|in general|generally|ideally|if possible|where possible|as always|for best results|meanwhile|above all|in short|to be safe|to stay safe|again)\b,?\s*/i;
/** "If you have kidney disease, ..." — the instruction, if any, follows the comma. */
const SUBORDINATE_OPENER = /^(?:if|when|whenever|before|after|while|once|unless|until|to|for|as|since|in case)\b/i;
/** Imperatives that introduce a claim rather than an instruction: "Note that ...", "Keep in mind that ...". */
const INTRODUCES_CLAIM = /^(?:note|remember|keep in mind|bear in mind|be aware|know|understand|realise|realize)\b/i;
/** A verb read as a noun: "Use of ketamine ...", "Drink-driving ...". */
const NOUN_USE = /^[A-Za-z\u00C0-\u024F']+(?:\s+of\b|-)/;
const ADVICE_TO_READER =
  /\byou(?:'ll|’ll| will)?\s+(?:should|must|need to|needs to|ought to|may want to|might want to|may wish to|are advised to|have to)\b|\byou(?:'ll|’ll| will| may| might| can)?\s+(?:usually |normally |probably |then )?be\s+(?:offered|prescribed|given|asked|referred|advised|monitored)\b|\byour\s+(?:doctor|gp|pharmacist|physician|nurse|specialist|midwife|healthcare provider|health care provider|provider|care team|chiropractor|therapist|physiotherapist|physical therapist|dentist|dietitian|dietician|nutritionist|practitioner|acupuncturist|osteopath|surgeon|consultant)\s+(?:will|may|might|can|could|should|would)\b|\b(?:it's|it’s|it is)\s+(?:important|essential|vital|best|wise|sensible|advisable|a good idea)\s+(?:to|not to)\b|\bwith your\s+(?:doctor|gp|pharmacist|physician|healthcare provider|health care provider|practitioner)\b|\b(?:should|must)\s+(?:always\s+|first\s+)?(?:consult|talk|speak|see|ask|check with|discuss|tell|seek|get advice)\b|\b(?:consult|talk to|speak to|speak with|check with|ask)\s+(?:your|a|their|his|her)\s+(?:doctor|gp|pharmacist|physician|healthcare|health care|provider|practitioner|midwife|nurse|specialist|therapist)\b/i;
const PRONOUN_I = /(?<![A-Za-z0-9\u00C0-\u024F_-])I(?:'m|’m|'ve|’ve|'d|’d|'ll|’ll)?(?![A-Za-z0-9\u00C0-\u024F.-])/g;
/** Case matters: "ME" is myalgic encephalomyelitis. */
const ME_MY = /\b[Mm](?:e|y|ine|yself)\b/;
/** Words before a capital I that make it a numeral: "type I diabetes", "phase I trial". */
const ROMAN_NUMERAL_CONTEXT = /\b(?:type|phase|class|stage|grade|schedule|part|chapter|step|level|category|tier|group|war)\s+$/i;
const THIRD_PERSON = /\b(?:he|she|him|his|her|hers|himself|herself)\b/i;
const PAST_NARRATIVE =
  /\b(?:was|were|had|did|took|felt|went|began|started|stopped|decided|tried|noticed|got|became|said|told|saw|came|realised|realized|improved|returned|diagnosed)\b/i;
/** A generic person is not a narrative: "if a woman takes it while pregnant, her baby ...". */
const GENERIC_PERSON = /\b(?:a|an|any|every|each|the)\s+(?:woman|man|person|patient|child|adult|mother|baby|user|individual|someone|reader)\b|\b(?:someone|anyone|everyone|whoever)\b/i;
const DEFINITION_WORDING =
  /\b(?:refers? to|is defined as|are defined as|stands for|is short for|is an abbreviation|is an acronym|is (?:a|the) (?:term|word|name) (?:for|used)|also (?:called|known as)|is called|are called|(?:is|are) often called)\b/i;
/** "**Migraine** is ...": a bold term at the start is the article defining it. */
const BOLD_TERM_DEFINED = /^\s*(?:\*\*|__)[^*_]{1,60}(?:\*\*|__)[^.]{0,80}?\b(?:is|are)\b/;
/** "Atrial fibrillation, often shortened to AF, is a condition in which ...": a term and its class. */
const TERM_AND_CLASS =
  /^[^,.;:]{1,60}(?:,[^,.;:]{1,60},)? (?:is|are) (?:a|an|the) (?<modifiers>[A-Za-z\u00C0-\u024F() -]{0,64}?)\b(?:condition|disease|disorder|illness|syndrome|infection|therapy|treatment|device|machine|procedure|technique|method|practice|form|type|kind|class|group|substance|compound|chemical|hormone|supplement|spice|herb|plant|drug|medicine|medication|test|scan)s? (?:that|which|in which|where|used|made|of|for|given)\b/i;
/** Cheap test first: the pattern above only matters when the sentence has "is a" or "are the". */
const IS_A = /\b(?:is|are) (?:a|an|the)\b/i;
/** "the most effective treatment for" is a claim dressed as a definition. */
const EVALUATIVE = /\b(?:most|best|safest|only|effective|proven|powerful|leading|top|ideal|excellent|great|better|safer)\b/i;
/** The writer saying what is not known is not a claim about health: "Scientists are still unsure how ...". */
const UNCERTAINTY = /\b(?:unsure|not sure|unclear|not clear|not (?:yet )?known|unknown|(?:don't|do not|does not|doesn't) know|no one knows|nobody knows)\b/i;
/** "Here are five benefits of CBD": the article announcing itself. */
const ANNOUNCES_ARTICLE = /^\W*(?:here (?:are|is)|here's|below (?:are|is)|the following)\b/i;
const WRAPPED_IN_EMPHASIS = /^\s*(?:\*\*|__)[^*_]{1,120}(?:\*\*|__)\s*:?\s*$/;
/** A bold line with a modal verb is a sentence set in bold, not a heading: "**Children must not take it:**". */
const MODAL_VERB = /\b(?:must|should|shouldn't|can|cannot|can't|may|might|will|won't|could)\b/i;
/** "More research is needed": the writer saying what is not yet known, whatever the topic. */
const RESEARCH_GAP =
  /\b(?:more|further|additional|larger|longer|better|new)\s+(?:[\p{L}-]+\s+){0,2}(?:research|studies|trials|evidence|data)\s+(?:is|are)\s+(?:still\s+)?(?:needed|required|necessary|warranted)\b/iu;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** A bold line standing alone ("**The risks of fasting**") or a title-case line: a heading in all but markup. */
export function isPseudoHeading(prose: string): boolean {
  return (WRAPPED_IN_EMPHASIS.test(prose) && !MODAL_VERB.test(prose)) || isTitleCase(prose);
}

/** Short words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'vs', 'as', 'is', 'are', 'its', 'your']);

/** "Supports Joint Health", a study title: every word that a title capitalises is capitalised. */
function isTitleCase(prose: string): boolean {
  if (prose.length > 200 || !/^[\s*_#>"“-]*[A-Z0-9]/.test(prose)) return false;
  const words = prose.match(WORD) ?? [];
  const significant = words.filter((word) => !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  if (significant.length < 3) return false;
  return significant.every((word) => /^\p{Lu}/u.test(word));
}
/** A list item that only finishes its lead-in: "Do not take it if you: - have asthma". */
const LEAD_IN_FRAGMENT = /^(?:have|has|had|are|is|were|was|take|use|get|feel|need|'re|’re)\b/;

function stripLeadIns(text: string): string {
  let rest = text.replace(LEADING_MARKUP, '');
  for (let guard = 0; guard < 3; guard++) {
    const next = rest.replace(LEAD_IN_ADVERB, '');
    if (next === rest) break;
    rest = next;
  }
  return rest;
}

function opensWithImperative(clause: string): boolean {
  if (INTRODUCES_CLAIM.test(clause) || NOUN_USE.test(clause)) return false;
  const first = imperativeMatcher.matchAll(clause.slice(0, 40))[0];
  return first !== undefined && first.start === 0;
}

/** An instruction, either at the start or after an opening "If ..., " clause (whose commas may be several). */
export function isInstruction(prose: string): boolean {
  const start = stripLeadIns(prose);
  if (opensWithImperative(start)) return true;
  if (!SUBORDINATE_OPENER.test(start)) return false;
  for (let comma = start.indexOf(','); comma !== -1 && comma < 240; comma = start.indexOf(',', comma + 1)) {
    if (opensWithImperative(stripLeadIns(start.slice(comma + 1)))) return true;
  }
  return false;
}

export function isAdvice(prose: string): boolean {
  return isInstruction(prose) || ADVICE_TO_READER.test(prose);
}

export function isAboutPublisher(prose: string): boolean {
  return publisherMatcher.matchAll(prose).length > 0 || /^\s*at\s+\p{Lu}[^,]{0,40},\s*we\b/iu.test(prose);
}

export function isAboutArticle(prose: string): boolean {
  return selfReferenceMatcher.matchAll(prose).length > 0 || ANNOUNCES_ARTICLE.test(prose);
}

function hasFirstPersonSingular(prose: string): boolean {
  if (ME_MY.test(prose)) return true;
  PRONOUN_I.lastIndex = 0;
  for (let match = PRONOUN_I.exec(prose); match; match = PRONOUN_I.exec(prose)) {
    if (!ROMAN_NUMERAL_CONTEXT.test(prose.slice(Math.max(0, match.index - 20), match.index))) return true;
  }
  return false;
}

/** A story about the writer or one person: "I started taking it in May", "After a week her pain improved." */
export function isNarrative(prose: string): boolean {
  if (hasFirstPersonSingular(prose)) return true;
  return THIRD_PERSON.test(prose) && PAST_NARRATIVE.test(prose) && !GENERIC_PERSON.test(prose);
}

export function isDefinition(prose: string): boolean {
  if (DEFINITION_WORDING.test(prose) || BOLD_TERM_DEFINED.test(prose)) return true;
  if (!IS_A.test(prose)) return false;
  const termAndClass = TERM_AND_CLASS.exec(prose.replace(LEADING_MARKUP, ''));
  return termAndClass !== null && !EVALUATIVE.test(termAndClass.groups?.['modifiers'] ?? '');
}

/**
 * Why the sentence is not a claim, or null. `inListItem` enables the
 * lead-in-fragment check, which only makes sense for list items.
 */
export function exemptionFor(prose: string, inListItem = false): Exemption | null {
  if (isPseudoHeading(prose)) return 'heading-like';
  if (ANNOUNCES_ARTICLE.test(prose)) return 'announcement';
  if (isAboutArticle(prose)) return 'self-reference';
  if (isAboutPublisher(prose)) return 'publisher';
  if (inListItem && LEAD_IN_FRAGMENT.test(prose.replace(LEADING_MARKUP, ''))) return 'fragment';
  if (isNarrative(prose)) return 'narrative';
  if (isAdvice(prose)) return 'advice';
  if (isDefinition(prose)) return 'definition';
  if (RESEARCH_GAP.test(prose)) return 'research-gap';
  if (UNCERTAINTY.test(prose)) return 'uncertainty';
  return null;
}
