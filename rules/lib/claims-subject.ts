/**
 * Which sentences talk about the article's own treatment (rubric §1: a list item's or a sentence's subject is
 * often the article's subject, unnamed). The claim classifier needs a treatment term beside an effect word;
 * in an article about low-level light therapy, "LLLT does not cause shedding" and, after it, "It only works on
 * active follicles" have one. Worked out once per article. Pure.
 */
import type { Article, Sentence } from '../../src/article/types.js';
import { escapeRegExp } from '../../src/words/matcher.js';
import { articleTreatmentSubject, findAtWordStart, subjectFinder, subjectPattern } from './treatment.js';

/** A sentence that opens by referring back: "It ...", "They ...", "Its effects ..." ("This" mostly means a fact). */
const BACK_REFERENCE = /^[\s*_>"“(]*(?:(?:also|and|but|however|so|in (?:low|high|small|large) doses),?\s+)?(it|its|they)\b/i;


/** Short names the article may use for its treatment: initials ("Low-Level Light Therapy" → LLLT) and "(lllt)" in the title. */
function shortNames(subject: string, title: string): string[] {
  const names: string[] = [];
  const initials = subject
    .split(/[\s-]+/)
    .filter((word) => /^\p{L}/u.test(word))
    .map((word) => word.charAt(0))
    .join('');
  if (initials.length >= 3) names.push(initials);
  for (const match of title.matchAll(/\(([\p{L}\p{N}-]{2,12})\)/gu)) if (match[1]) names.push(match[1]);
  return names;
}

const subjects = new WeakMap<Article, Map<Sentence, string>>();

/** For each sentence that names the article's treatment or refers back to it, the words that do. */
export function articleSubjects(article: Article): Map<Sentence, string> {
  let found = subjects.get(article);
  if (found) return found;
  found = new Map();
  subjects.set(article, found);
  const decision = articleTreatmentSubject(article);
  if (!decision.treatment || decision.subject === null) return found;
  const full = subjectFinder(decision.subject);
  // With two or more telling words ("Low-Level Light Therapy"), one of them in lower case ("the light
  // produced by a prism") is the everyday word; the whole name, or one word written with a capital, is the treatment.
  const telling = decision.subject.split(/\s+/).filter((word) => subjectPattern(word) !== null).length;
  // Patterns start with their words, not a look-behind, so V8 can skip ahead: findAtWordStart checks the start.
  const wholeName = new RegExp(decision.subject.trim().split(/\s+/).map(escapeRegExp).join('\\s+'), 'giu');
  const namesTreatment = (prose: string): string | undefined => {
    const whole = findAtWordStart(wholeName, prose)?.[0];
    if (whole !== undefined) return whole;
    const word = full?.(prose);
    return word !== undefined && (telling < 2 || /^\p{Lu}/u.test(word)) ? word : undefined;
  };
  const names = shortNames(decision.subject, article.title?.text ?? '');
  const short = names.length > 0 ? new RegExp(`(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  let previous: Sentence | null = null;
  for (const sentence of article.sentences) {
    const named = namesTreatment(sentence.prose) ?? (short ? findAtWordStart(short, sentence.prose)?.[0] : undefined);
    if (named !== undefined) found.set(sentence, named);
    else if (previous !== null && found.has(previous) && previous.block.section === sentence.block.section) {
      const pronoun = BACK_REFERENCE.exec(sentence.prose)?.[1];
      if (pronoun !== undefined) found.set(sentence, pronoun);
    }
    previous = sentence;
  }
  return found;
}
