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

/** Text as a literal inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function phraseToPattern(phrase: string): string {
  return foldApostrophes(phrase)
    .trim()
    .split(/\s+/)
    .map((word) => (word.endsWith('*') ? `${escapeRegExp(word.slice(0, -1))}[\\p{L}\\p{N}'’-]*` : escapeRegExp(word)))
    .join('\\s+');
}

const LEADING_WORD = /^[\p{L}\p{N}_]+/u;

// --- characters ------------------------------------------------------------------------------------------
// The matcher reads the text a UTF-16 code unit at a time instead of through regular expressions: a word is a
// run of [\p{L}\p{N}_] code points, a trailing `*` matches [\p{L}\p{N}'’-]*, a space in a phrase \s+ (what
// the patterns said before; test/words/matcher-characters.test.ts checks the tables against them).

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** ASCII: 1 for a letter or digit, 2 for `_`, else 0. */
const ASCII_KIND = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  ASCII_KIND[code] = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 1 : code === 95 ? 2 : 0;
}
/** Beyond ASCII, in the Basic Multilingual Plane, filled as met: 0 not yet known, 1 letter or number, 2 neither. */
const BMP_KIND = new Uint8Array(65536);

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The length in code units (1 or 2) of the letter or number at `index` of `text`, or 0 if the code point
 * there is neither. `code` is `text.charCodeAt(index)`, at or above 128.
 */
function letterOrNumberAt(text: string, index: number, code: number): number {
  if (isHighSurrogate(code) && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_NUMBER.test(text.slice(index, index + 2)) ? 2 : 0;
  }
  let kind = BMP_KIND[code]!;
  if (kind === 0) BMP_KIND[code] = kind = LETTER_OR_NUMBER.test(String.fromCharCode(code)) ? 1 : 2;
  return kind === 1 ? 1 : 0;
}

/** Code units of the word character ([\p{L}\p{N}_]) at `index`, or 0 (also at the end of the text). */
function wordCharacterAt(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  return code < 128 ? (ASCII_KIND[code] === 0 ? 0 : 1) : letterOrNumberAt(text, index, code);
}

const ASTERISK = 42;

/** What `\s` matches. */
function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Past the word ending ([\p{L}\p{N}'’-]*) that starts at `index`. */
function skipWordEnding(text: string, index: number): number {
  let position = index;
  while (position < text.length) {
    const code = text.charCodeAt(position);
    if (code === 39 || code === 45 || code === 0x2019) position++;
    else if (code < 128) {
      if (ASCII_KIND[code] !== 1) break;
      position++;
    } else {
      const size = letterOrNumberAt(text, position, code);
      if (size === 0) break;
      position += size;
    }
  }
  return position;
}

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
      word.endsWith('*')
        ? { literal: lowerCaseInPlace(word.slice(0, -1)), wildcard: true }
        : { literal: lowerCaseInPlace(word), wildcard: false },
    );
}

/**
 * How a phrase is found from a word of the text: the text's words are whole
 * runs of letters and digits, so a phrase can only start at a word equal to
 * the leading run of its first word ("side-effects" starts at "side") or, for
 * a wildcard first word made of one run ("reduc*"), at a word beginning with it.
 * Null when the phrase starts with punctuation.
 */
type IndexKey = { kind: 'word'; key: string } | { kind: 'prefix'; key: string };

function indexKey(phrase: string): IndexKey | null {
  const [first] = phraseWords(phrase);
  const run = first ? LEADING_WORD.exec(first.literal)?.[0] : undefined;
  if (!first || !run) return null;
  return first.wildcard && run.length === first.literal.length ? { kind: 'prefix', key: run } : { kind: 'word', key: run };
}

/**
 * Lower-case text without moving any offset: the few characters whose lower
 * case is longer (Turkish dotted I) keep their own form.
 */
export function lowerCaseInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return foldApostrophes(lower);
  let folded = '';
  for (const character of text) {
    const candidate = character.toLowerCase();
    folded += candidate.length === character.length ? candidate : character;
  }
  return foldApostrophes(folded);
}

/** Typographic apostrophes read as the typewriter one, so "don't" in a list also finds "don’t" in an article. */
function foldApostrophes(text: string): string {
  return text.includes('\u2019') || text.includes('\u2018') ? text.replace(/[\u2018\u2019]/g, "'") : text;
}

export function compilePhrases(phrases: readonly string[]): PhraseMatcher {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  // Compiled on first use: a short run never asks many of the lists it loads.
  let compiled: Omit<PhraseMatcher, 'phrases'> | null = null;
  const matcher = () => (compiled ??= compileMatcher(unique));
  return {
    phrases: unique,
    matchAll: (text) => matcher().matchAll(text),
    test: (text) => matcher().test(text),
  };
}

function compileMatcher(unique: readonly string[]): Omit<PhraseMatcher, 'phrases'> {
  // Longest first so "no side effects at all" wins over "no side effects".
  const ordered = [...unique].sort((a, b) => b.length - a.length);
  const keys = ordered.map(indexKey);
  if (keys.every((key) => key !== null)) return indexedMatcher(ordered, keys as IndexKey[]);
  const matchAll = combinedMatcher(ordered);
  return { matchAll, test: (text) => matchAll(text).length > 0 };
}

/** Where `words` match `lower` from `start` (whitespace runs between words, a word end after), or -1. */
function matchWordsAt(lower: string, start: number, words: readonly PhraseWord[]): number {
  let position = start;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    if (index > 0) {
      // Whitespace between the words; `*` emphasis marks beside it are markup, not words ("best** form"). (`_` is a
      // word character here, as in \w, so "__best__" is not read this way.)
      let spaced = false;
      while (position < lower.length) {
        const code = lower.charCodeAt(position);
        if (isWhitespace(code)) spaced = true;
        else if (code !== ASTERISK) break;
        position++;
      }
      if (!spaced) return -1;
    }
    if (!lower.startsWith(word.literal, position)) return -1;
    position += word.literal.length;
    if (word.wildcard) position = skipWordEnding(lower, position);
  }
  return wordCharacterAt(lower, position) === 0 ? position : -1;
}

function addTo(index: Map<string, number[]>, key: string, phrase: number): void {
  const list = index.get(key);
  if (list) list.push(phrase);
  else index.set(key, [phrase]);
}

/** Words whose merged candidates a matcher keeps (a long article has a few thousand distinct words). */
const MERGED_WORDS_KEPT = 8192;
const NO_CANDIDATES: readonly number[] = [];

/**
 * A word index: at each word of the text, only the phrases that can start
 * there are tried (those whose first word is that word, and wildcard ones whose
 * stem it begins with), in list order (longest first), by comparing lower-cased
 * words. Phrases are not compiled to regular expressions: V8 takes about half a
 * millisecond to build each case-insensitive Unicode pattern, which for a few
 * thousand phrases was most of a one-file run.
 */
function indexedMatcher(ordered: readonly string[], keys: readonly IndexKey[]): Pick<PhraseMatcher, 'matchAll' | 'test'> {
  const compiled = ordered.map(phraseWords);
  const byWord = new Map<string, number[]>();
  /** Wildcard stems, by their length, then by the stem. */
  const byStem = new Map<number, Map<string, number[]>>();
  keys.forEach((key, phrase) => {
    if (key.kind === 'word') return addTo(byWord, key.key, phrase);
    let stems = byStem.get(key.key.length);
    if (!stems) byStem.set(key.key.length, (stems = new Map()));
    addTo(stems, key.key, phrase);
  });
  const stemLengths = [...byStem.keys()];
  const { slots, thirds, stemmed } = openingsOf(keys);

  /**
   * Each word's merged candidates, once looked up: the stems take a slice and a look-up per stem length, and the
   * same few thousand words come back in every article. Cleared whole when full, so a long run's memory stays flat.
   */
  const mergedByWord = new Map<string, readonly number[]>();

  /** The phrases that can start at a word, in list order; `stems` false when no wildcard stem can. */
  function candidatesFor(word: string, stems: boolean): readonly number[] | undefined {
    if (!stems || stemLengths.length === 0) return byWord.get(word);
    let merged = mergedByWord.get(word);
    if (merged !== undefined) return merged;
    if (mergedByWord.size >= MERGED_WORDS_KEPT) mergedByWord.clear();
    merged = mergeStems(word) ?? NO_CANDIDATES;
    mergedByWord.set(word, merged);
    return merged;
  }

  function mergeStems(word: string): readonly number[] | undefined {
    const exact = byWord.get(word);
    let merged: number[] | undefined;
    for (const length of stemLengths) {
      if (length > word.length) continue;
      const stemmed = byStem.get(length)!.get(length === word.length ? word : word.slice(0, length));
      if (stemmed) merged = merged ? merged.concat(stemmed) : stemmed;
    }
    if (!merged) return exact;
    return exact ? exact.concat(merged).sort((a, b) => a - b) : merged.length > 1 ? [...merged].sort((a, b) => a - b) : merged;
  }


  /** Every match (or, with `firstOnly`, the first), left to right. */
  function scan(text: string, firstOnly: boolean): PhraseMatch[] {
    const found: PhraseMatch[] = [];
    const words = wordsOf(text);
    const { lower, bounds } = words;
    let resumeAt = 0;
    for (let at = 0; at < bounds.length; at += 3) {
      const start = bounds[at]!;
      // Matches never overlap: after one, look for the next word after it.
      if (start < resumeAt) continue;
      // Most words cannot start any phrase of this list: two array reads say so.
      const key = bounds[at + 2]!;
      let stems = true;
      if (key >= 0) {
        const slot = slots[key >> 5]!;
        if (slot === 0 || (thirds[slot]! & (1 << (key & 31))) === 0) continue;
        stems = stemmed[slot] === 1;
      }
      const candidates = candidatesFor(wordAt(words, at), stems);
      if (candidates === undefined) continue;
      for (const index of candidates) {
        const end = matchWordsAt(lower, start, compiled[index]!);
        if (end < 0) continue;
        found.push({ phrase: ordered[index]!, text: text.slice(start, end), start, end });
        if (firstOnly) return found;
        resumeAt = end;
        break;
      }
    }
    return found;
  }

  return { matchAll: (text) => scan(text, false), test: (text) => scan(text, true).length > 0 };
}

/**
 * Which words may start a phrase of a list, by their opening: the first two characters as one number below
 * 128 * 128 when both are ASCII (the second 0 for a one-letter word), and the third character's code
 * modulo 32 (0 for a word of one or two characters). A word with a non-ASCII opening is always looked up.
 */
interface Openings {
  /** Per two-character opening: 0 when no phrase starts with it, else its slot in `thirds` and `stemmed`. */
  slots: Uint16Array;
  /** Per slot: bit `third` set when a phrase may start at a word with that third character. */
  thirds: Uint32Array;
  /** Per slot: 1 when a wildcard stem may start there, so the stems must be looked up too. */
  stemmed: Uint8Array;
}

const ANY_THIRD = 0xffffffff;

/** A word's opening as `scanWords` records it: the two-character opening times 32 plus the third character's bit, or -1. */
function wordKey(word: string, start: number, end: number): number {
  const first = word.charCodeAt(start);
  const second = end - start > 1 ? word.charCodeAt(start + 1) : 0;
  if (first >= 128 || second >= 128) return -1;
  const third = end - start > 2 ? word.charCodeAt(start + 2) & 31 : 0;
  return (first * 128 + second) * 32 + third;
}

function openingsOf(keys: readonly IndexKey[]): Openings {
  const slots = new Uint16Array(128 * 128);
  const thirds: number[] = [0];
  const stemmed: number[] = [0];
  const mark = (opening: number, bits: number, stem: boolean) => {
    let slot = slots[opening]!;
    if (slot === 0) {
      slot = slots[opening] = thirds.length;
      thirds.push(0);
      stemmed.push(0);
    }
    thirds[slot] = (thirds[slot]! | bits) >>> 0;
    if (stem) stemmed[slot] = 1;
  };
  for (const { kind, key } of keys) {
    const first = key.charCodeAt(0);
    // A key with a non-ASCII first or second character can only start at a word that is always looked up.
    if (first >= 128) continue;
    const stem = kind === 'prefix';
    if (stem && key.length === 1) {
      for (let second = 0; second < 128; second++) mark(first * 128 + second, ANY_THIRD, true);
      continue;
    }
    const second = key.length > 1 ? key.charCodeAt(1) : 0;
    if (second >= 128) continue;
    // A stem of two characters goes on with any third character, or none.
    const bits = stem && key.length === 2 ? ANY_THIRD : 1 << (key.length > 2 ? key.charCodeAt(2) & 31 : 0);
    mark(first * 128 + second, bits, stem);
  }
  return { slots, thirds: Uint32Array.from(thirds), stemmed: Uint8Array.from(stemmed) };
}

/** A text's words, found once for every matcher that reads it. */
interface TextWords {
  lower: string;
  /** Per word: where it starts, where it ends, and its opening (`wordKey`). */
  bounds: number[];
  /** Each word, lower-cased, sliced when a matcher first looks it up. */
  words: Array<string | undefined> | null;
}

function wordAt(words: TextWords, at: number): string {
  const list = (words.words ??= new Array<string | undefined>(words.bounds.length / 3));
  return (list[at / 3] ??= words.lower.slice(words.bounds[at], words.bounds[at + 1]));
}

/**
 * The scans of the texts read lately, kept while their lengths add up to no more than this many characters
 * (then dropped together): every rule reads an article's sentences in turn, and several matchers read each
 * sentence (and the same clauses of it), so most scans are used again within a few thousand characters.
 * A bound on characters, not texts, so a long article's long lines cost no more memory than short ones
 * (keeping the last 256 texts' scans raised peak RSS by 80 MB on a 1 M-character article); a text longer
 * than the bound is kept alone, for the matchers that read it next.
 */
const SCANNED_CHARACTERS = 32_768;
const scanned = new Map<string, TextWords>();
let scannedCharacters = 0;

let lastText = '';
let lastWords: TextWords = { lower: '', bounds: [], words: null };

function wordsOf(text: string): TextWords {
  // The matchers of a rule often read one text in turn: a comparison before the look-up.
  if (text === lastText) return lastWords;
  lastText = text;
  lastWords = scannedWords(text);
  return lastWords;
}

function scannedWords(text: string): TextWords {
  let words = scanned.get(text);
  if (words !== undefined) return words;
  words = scanWords(lowerCaseInPlace(text));
  if (scannedCharacters + text.length > SCANNED_CHARACTERS) {
    scanned.clear();
    scannedCharacters = 0;
  }
  scanned.set(text, words);
  scannedCharacters += text.length;
  return words;
}

/** The runs of [\p{L}\p{N}_] in `lower`, read a code unit at a time (a regular expression took twice as long). */
function scanWords(lower: string): TextWords {
  const bounds: number[] = [];
  const length = lower.length;
  let position = 0;
  while (position < length) {
    const code = lower.charCodeAt(position);
    const size = code < 128 ? (ASCII_KIND[code] === 0 ? 0 : 1) : letterOrNumberAt(lower, position, code);
    if (size === 0) {
      position++;
      continue;
    }
    const start = position;
    position += size;
    for (let next = wordCharacterAt(lower, position); next !== 0; next = wordCharacterAt(lower, position)) position += next;
    bounds.push(start, position, wordKey(lower, start, position));
  }
  return { lower, bounds, words: null };
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
    const folded = foldApostrophes(text);
    regex.lastIndex = 0;
    for (let match = regex.exec(folded); match; match = regex.exec(folded)) {
      let phrase = '';
      for (let group = 1; group < match.length; group++) {
        if (match[group] !== undefined) {
          phrase = ordered[group - 1] ?? '';
          break;
        }
      }
      const end = match.index + match[0].length;
      found.push({ phrase, text: text.slice(match.index, end), start: match.index, end });
      if (match[0].length === 0) regex.lastIndex++;
    }
    return found;
  };
}
