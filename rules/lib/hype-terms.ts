/**
 * Finds hype words ("miracle", "breakthrough", "superfood", "detox") in a
 * piece of prose and works out the plainer wording to offer, fitted to how
 * the word is used (before a noun or as a noun), its capital and the "a"/"an"
 * before it. Pure: prose in, findings with offsets into it out. Whether the
 * word is said of a treatment is the rule's call.
 */
import type { Range } from '../../src/article/types.js';
import { compilePhrases } from '../../src/words/matcher.js';
import { loadWordList } from '../../src/words/wordlist.js';
import { insideQuotation, isDeniedOrDistanced } from './hype-qualifiers.js';

export interface HypeEntry {
  phrase: string;
  /** Wording when the word stands before a noun ("miracle herb"): '' deletes it, null has none. */
  beforeNoun: string | null;
  /** Wording when the word is the noun or the predicate ("is a miracle"). */
  asNoun: string | null;
}

export interface HypeFinding extends Range {
  /** The listed phrase. */
  phrase: string;
  /** As written. */
  text: string;
  /** The edit that puts plainer wording in, with offsets into the prose; null when there is none. */
  edit: { range: Range; text: string } | null;
  /** The plainer wording on its own, for the message; '' when the word is simply dropped. */
  plainer: string | null;
}

function wording(value: string | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed === '-' ? null : trimmed;
}

export function parseHypeEntry(line: string): HypeEntry {
  const arrow = line.indexOf('=>');
  if (arrow === -1) return { phrase: line.trim().toLowerCase(), beforeNoun: null, asNoun: null };
  const [beforeNoun, asNoun] = line.slice(arrow + 2).split('|');
  const first = wording(beforeNoun);
  return { phrase: line.slice(0, arrow).trim().toLowerCase(), beforeNoun: first, asNoun: asNoun === undefined ? first : wording(asNoun) };
}

const entries = new Map(loadWordList('hype-terms').phrases.map((line) => {
  const entry = parseHypeEntry(line);
  return [entry.phrase, entry] as const;
}));
const hypeMatcher = compilePhrases([...entries.keys()]);
const exemptMatcher = compilePhrases(loadWordList('hype-exempt').phrases);

/** Medically supervised withdrawal is treatment, not a cleanse: "detox" there is the plain word. */
const addictionContext = /\b(?:alcohol|opioids?|opiates?|heroin|withdrawal|addiction|substance|dependence|overdose|poison(?:ing)?|rehab)\b/i;
/** An FDA designation names a regulatory status: "granted breakthrough status". */
const regulatoryContext = /\b(?:FDA|designat\w*|MHRA|EMA)\b/;
const detoxFamily = /^detox/i;

/** Words that end a noun phrase: after them, the hype word stood as the noun itself. */
const notNouns = new Set(
  ('a an the and or but nor for of in on at to by with from as than that which who whose when where while if is are was were be been being ' +
    'has have had do does did can could may might will would should must it its it’s they them this these those you your we our ' +
    'not no so because since though although yet also too very really just only even still already like such ' +
    'during after before about over under into through within without against among between across around per via toward towards upon until').split(' '),
);

function nextWord(prose: string, offset: number): { word: string; start: number } | null {
  const match = /^([ \t]+)([\p{L}][\p{L}'’-]*)/u.exec(prose.slice(offset));
  if (!match || match[1] === undefined || match[2] === undefined) return null;
  return { word: match[2], start: offset + match[1].length };
}

function previousArticle(prose: string, offset: number): { word: string; start: number } | null {
  const match = /(?<![\p{L}'’])(an?)[ \t]+$/iu.exec(prose.slice(0, offset));
  if (!match || match[1] === undefined) return null;
  return { word: match[1], start: match.index };
}

/** "an" before a vowel sound, by spelling: good enough for "an advance", "a useful option", "an oil". */
function articleFor(word: string, capital: boolean): string {
  const vowel = /^(?:[aeio]|u(?!ni|s[aeiu]|r[aeiou]))/i.test(word);
  const article = vowel ? 'an' : 'a';
  return capital ? article.charAt(0).toUpperCase() + article.slice(1) : article;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The plainer wording for how the word is used here: before a noun ("miracle herb") or as the noun ("a miracle"). */
function plainerFor(prose: string, match: Range, entry: HypeEntry): string | null {
  const following = nextWord(prose, match.end);
  const beforeNoun = following !== null && !notNouns.has(following.word.toLowerCase());
  return beforeNoun ? entry.beforeNoun : entry.asNoun;
}

/** The edit that puts `replacement` in, with "a"/"an" and sentence capitals kept right. */
function editFor(prose: string, match: Range & { text: string }, replacement: string): HypeFinding['edit'] {
  const following = nextWord(prose, match.end);
  const capital = /^\p{Lu}/u.test(match.text) && !/^\p{Lu}{2,}/u.test(match.text);
  let range: Range = { start: match.start, end: match.end };
  let text = replacement;
  let firstWord = replacement.split(/\s+/)[0] ?? '';
  if (replacement === '') {
    // Drop the word and the space after it; the next word takes its capital.
    if (following === null) return null;
    range = { start: match.start, end: following.start + (capital ? 1 : 0) };
    text = capital ? following.word.charAt(0).toUpperCase() : '';
    firstWord = following.word;
  } else if (capital) {
    text = capitalise(replacement);
  }
  const article = previousArticle(prose, match.start);
  if (article !== null) {
    const wanted = articleFor(firstWord, /^\p{Lu}/u.test(article.word));
    if (wanted.toLowerCase() !== article.word.toLowerCase()) {
      const between = prose.slice(article.start + article.word.length, range.start);
      return { range: { start: article.start, end: range.end }, text: `${wanted}${between}${text}` };
    }
  }
  return { range, text };
}

/** Hype words in the prose that are not denied ("it's no miracle"), distanced ("so-called superfoods"), quoted or exempt. */
export function findHypeTerms(prose: string): HypeFinding[] {
  const candidates = hypeMatcher.matchAll(prose);
  if (candidates.length === 0) return [];
  const exempt = exemptMatcher.matchAll(prose);
  const found: HypeFinding[] = [];
  for (const match of candidates) {
    const entry = entries.get(match.phrase);
    if (!entry) continue;
    if (exempt.some((item) => item.start < match.end && match.start < item.end)) continue;
    if (detoxFamily.test(match.phrase) && addictionContext.test(prose)) continue;
    if (match.phrase.startsWith('breakthrough') && regulatoryContext.test(prose)) continue;
    if (insideQuotation(prose, match.start) || isDeniedOrDistanced(prose, match)) continue;
    const plainer = plainerFor(prose, match, entry);
    const edit = plainer === null ? null : editFor(prose, match, plainer);
    found.push({ phrase: entry.phrase, text: match.text, start: match.start, end: match.end, edit, plainer });
  }
  return found;
}
