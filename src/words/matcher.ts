/**
 * Compile a list of literal phrases once into one case-insensitive regular
 * expression with word boundaries, so a rule scans each sentence once instead
 * of looping over its list. Inside a phrase, a space matches any run of
 * whitespace, and `*` at the end of a word matches any word ending
 * ("eliminat*" → eliminates, eliminating).
 */
export interface PhraseMatch {
  /** The phrase from the list that matched. */
  phrase: string;
  /** What the text says there. */
  text: string;
  start: number;
  end: number;
}

export interface PhraseMatcher {
  phrases: readonly string[];
  /** Every non-overlapping match, left to right, longest phrase first at a position. */
  matchAll(text: string): PhraseMatch[];
  test(text: string): boolean;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phraseToPattern(phrase: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => (word.endsWith('*') ? `${escapeRegExp(word.slice(0, -1))}[\\p{L}\\p{N}'’-]*` : escapeRegExp(word)))
    .join('\\s+');
}

/** Phrases are indexed by up to this many leading characters of their first word. */
const KEY_LENGTH = 3;
const WORD_CHARACTER = /[\p{L}\p{N}_]/u;
/** What a trailing `*` may match: the rest of a word, hyphens and apostrophes included. */
const WORD_ENDING = /[\p{L}\p{N}'’-]*/uy;
const WHITESPACE = /\s+/y;

/** One word of a phrase: its lower-cased literal start, and whether `*` lets any word ending follow. */
interface PhraseWord {
  literal: string;
  wildcard: boolean;
}

function phraseWords(phrase: string): PhraseWord[] {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) =>
      word.endsWith('*') ? { literal: word.slice(0, -1).toLowerCase(), wildcard: true } : { literal: word.toLowerCase(), wildcard: false },
    );
}

/** The literal start of a phrase's first word, lower-cased, for the index; null if it starts with punctuation. */
function indexKey(phrase: string): string | null {
  const firstWord = phrase.split(/\s+/, 1)[0] ?? '';
  const literal = firstWord.endsWith('*') ? firstWord.slice(0, -1) : firstWord;
  if (literal === '' || !WORD_CHARACTER.test(literal.charAt(0))) return null;
  return literal.slice(0, KEY_LENGTH).toLowerCase();
}

/**
 * Lower-case text without moving any offset: the few characters whose lower
 * case is longer (Turkish dotted I) keep their own form.
 */
export function lowerCaseInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let folded = '';
  for (const character of text) {
    const candidate = character.toLowerCase();
    folded += candidate.length === character.length ? candidate : character;
  }
  return folded;
}

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  // Longest first so "no side effects at all" wins over "no side effects".
  const ordered = [...unique].sort((a, b) => b.length - a.length);
  const keys = ordered.map(indexKey);
  const matchAll = keys.every((key) => key !== null) ? indexedMatcher(ordered, keys as string[]) : combinedMatcher(ordered);
  return {
    phrases: unique,
    matchAll,
    test: (text) => matchAll(text).length > 0,
  };
}

/** Where `words` match `lower` from `start` (whitespace runs between words, a word end after), or -1. */
function matchWordsAt(lower: string, start: number, words: readonly PhraseWord[]): number {
  let position = start;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (index > 0) {
      WHITESPACE.lastIndex = position;
      if (!WHITESPACE.test(lower)) return -1;
      position = WHITESPACE.lastIndex;
    }
    if (!lower.startsWith(word.literal, position)) return -1;
    position += word.literal.length;
    if (word.wildcard) {
      WORD_ENDING.lastIndex = position;
      WORD_ENDING.test(lower);
      position = WORD_ENDING.lastIndex;
    }
  }
  const next = lower.codePointAt(position);
  if (next !== undefined && WORD_CHARACTER.test(String.fromCodePoint(next))) return -1;
  return position;
}

/**
 * A word-start index: at each word, only the phrases whose first word starts
 * with the same (up to three) letters are tried, in list order (longest
 * first), by comparing lower-cased words. Phrases are not compiled to regular
 * expressions: V8 takes about half a millisecond to build each case-insensitive
 * Unicode pattern, which for a few thousand phrases was most of a one-file run.
 */
function indexedMatcher(ordered: readonly string[], keys: readonly string[]): (text: string) => PhraseMatch[] {
  const compiled = ordered.map(phraseWords);
  const byKey = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const list = byKey.get(key) ?? [];
    list.push(index);
    byKey.set(key, list);
  });
  const keyLengths = [...new Set(keys.map((key) => key.length))];
  const words = /[\p{L}\p{N}_]+/gu;

  return (text) => {
    const found: PhraseMatch[] = [];
    const lower = lowerCaseInPlace(text);
    words.lastIndex = 0;
    for (let word = words.exec(lower); word; word = words.exec(lower)) {
      const start = word.index;
      const head = lower.slice(start, start + KEY_LENGTH);
      let candidates: number[] | undefined;
      if (keyLengths.length === 1) {
        candidates = byKey.get(keyLengths[0] === KEY_LENGTH ? head : head.slice(0, keyLengths[0]));
      } else {
        const merged: number[] = [];
        for (const length of keyLengths) {
          const list = byKey.get(length === KEY_LENGTH ? head : head.slice(0, length));
          if (list) merged.push(...list);
        }
        candidates = merged.sort((a, b) => a - b);
      }
      if (candidates === undefined) continue;
      for (const index of candidates) {
        const end = matchWordsAt(lower, start, compiled[index]!);
        if (end < 0) continue;
        found.push({ phrase: ordered[index]!, text: text.slice(start, end), start, end });
        // Matches never overlap: look for the next word after this one.
        words.lastIndex = Math.max(words.lastIndex, end);
        break;
      }
    }
    return found;
  };
}

/** One alternation of every phrase, for lists with a phrase that starts with punctuation. */
function combinedMatcher(ordered: readonly string[]): (text: string) => PhraseMatch[] {
  // Plain numbered groups: V8 runs a big alternation of named (or non-capturing)
  // groups tens of times slower, 0.4 ms per word start with the claim lists.
  const patterns = ordered.map((phrase) => `(${phraseToPattern(phrase)})`);
  const source =
    patterns.length === 0 ? '(?!)' : `(?<![\\p{L}\\p{N}_])(?:${patterns.join('|')})(?![\\p{L}\\p{N}_])`;
  const regex = new RegExp(source, 'giu');

  return (text) => {
    const found: PhraseMatch[] = [];
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match; match = regex.exec(text)) {
      let phrase = '';
      for (let group = 1; group < match.length; group++) {
        if (match[group] !== undefined) {
          phrase = ordered[group - 1] ?? '';
          break;
        }
      }
      found.push({ phrase, text: match[0], start: match.index, end: match.index + match[0].length });
      if (match[0].length === 0) regex.lastIndex++;
    }
    return found;
  };
}
