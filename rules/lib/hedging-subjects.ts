/**
 * Who or what an effect is said of, for unhedged-efficacy (hedging.ts): the subject before an effect verb, whether
 * it is the body or a condition rather than a treatment ("the immune system fights ...", "Most palpitations are
 * harmless"), and whether a base-form verb has a plural subject to agree with ("Statins lower cholesterol"). Pure.
 */
import type { Range } from '../../src/article/types.js';
import {
  comparisonObjectMatcher,
  harmMatcher,
  isNonTreatmentSubject,
  nonTreatmentSubjectMatcher,
  treatmentNounMatcher,
} from './hedging-lexicon.js';
import { findTreatmentMentions } from './treatment.js';
import { firstWords, lastWords } from './word-window.js';

/** The last few words before the verb name the body or a condition: "the immune system fights ...". */
export function hasNonTreatmentSubject(prose: string, phrase: Range, clause: Range): boolean {
  const before = prose.slice(clause.start, phrase.start);
  if (!isNonTreatmentSubject(lastWords(before, 3))) return false;
  // "Injections into the jaw muscles relieve ...": the body is where the treatment goes; the subject comes first.
  const placed = placedSubject.exec(lastWords(before, 8));
  if (!placed) return true;
  const subject = placed[1] ?? '';
  return !(findTreatmentMentions(subject).length > 0 || treatmentNounMatcher.test(subject) || comparisonObjectMatcher.test(subject));
}

/** A subject followed by where it goes or acts: "Injections into the jaw muscles", "Drops in the ear". Bounded. */
const placedSubject = /^((?:[\p{L}\p{N}-]+\s+){0,3}?[\p{L}\p{N}-]+)\s+(?:into|in|on|onto|under|around|across|through|along)\s+(?:the|your|their|a|an)\b/iu;

/** "Most palpitations are harmless": the subject's head is a condition, so no treatment is called safe. */
export function conditionCalledSafe(prose: string, phrase: Range, clause: Range): boolean {
  // The subject's head word, past the verb and any adverb: "palpitations" in "Most palpitations are usually harmless";
  // "jab" in "The flu jab is completely safe" is no harm, whatever modifies it.
  const words = lastWords(prose.slice(clause.start, phrase.start), 6).toLowerCase().split(/\s+/);
  while (words.length > 0 && /^(?:is|are|was|were|be|usually|generally|mostly|often|almost|always|completely|totally|entirely|quite|very|perfectly)$/.test(words[words.length - 1] ?? '')) words.pop();
  const head = words[words.length - 1] ?? '';
  return head !== '' && harmMatcher.test(head) && !/^(?:side|effects?|reactions?|risks?)$/.test(head);
}

/** Words ending in -s that are not plural nouns, so "it is lower" or "this reduces" never pass for a plural subject. */
const notPluralNouns: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'does', 'this', 'its', 'it’s', "it's", 'his', 'hers', 'ours', 'yours', 'theirs', 'us', 'as',
  'thus', 'yes', 'less', 'unless', 'always', 'perhaps', 'sometimes', 'whereas', 'plus', 'various', 'towards',
]);

/** Words that may stand between a subject and its verb: "massages also reduce", "compounds that enhance". */
const betweenSubjectAndVerb: ReadonlySet<string> = new Set([
  'also', 'further', 'greatly', 'really', 'actually', 'truly', 'even', 'directly', 'naturally', 'quickly', 'gently',
  'effectively', 'dramatically', 'significantly', 'all', 'both', 'that', 'which', 'who',
]);
/** How many such words are skipped: "herbs that also calm". */
const betweenReach = 3;

/**
 * "Statins lower cholesterol", "These gummies boost immunity", "Regular massages also reduce stress",
 * "compounds that enhance healing": a base-form verb after a plural subject that is not the body or a
 * condition ("cells that repair tissue" is physiology).
 */
export function followsPluralSubject(prose: string, phrase: Range): boolean {
  const words = lastWords(prose.slice(0, phrase.start), betweenReach + 1)
    .split(' ')
    .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, ''));
  let index = words.length - 1;
  while (index > 0 && betweenSubjectAndVerb.has(words[index] ?? '')) index--;
  const subject = words[index] ?? '';
  if (subject === 'they' || subject === 'these' || subject === 'those') return true;
  if (index < words.length - 1 && nonTreatmentSubjectMatcher.test(subject)) return false;
  return subject.length > 2 && subject.endsWith('s') && !subject.endsWith('ss') && !notPluralNouns.has(subject);
}

/**
 * "Cold showers bring your temperature down and prevent heatstroke": a base-form verb after "and" or "or" shares
 * the subject its clause group opens with, when that is a plural noun (not the body, a condition or people).
 */
export function coordinatedWithPluralSubject(prose: string, phrase: Range, group: Range): boolean {
  const before = lastWords(prose.slice(group.start, phrase.start), 1).toLowerCase();
  if (before !== 'and' && before !== 'or') return false;
  const opening = firstWords(prose.slice(group.start, phrase.start), 3)
    .split(' ')
    .map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, ''));
  return opening.some(
    (word, index) =>
      word.length > 3 &&
      word.endsWith('s') &&
      !word.endsWith('ss') &&
      !notPluralNouns.has(word) &&
      !nonTreatmentSubjectMatcher.test(word) &&
      // "Berberine activates an enzyme ...": a word in -s before a determiner is a verb, not a plural subject.
      !determiners.has(opening[index + 1] ?? ''),
  );
}

const determiners: ReadonlySet<string> = new Set(['a', 'an', 'the', 'your', 'its', 'their', 'our', 'my', 'this', 'these', 'that', 'those', 'some', 'more']);
