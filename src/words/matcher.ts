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

const WORD_CHARACTER = /[\p{L}\p{N}_]/u;
/** What a trailing `*` may match: the rest of a word, hyphens and apostrophes included. */
const WORD_ENDING = /[\p{L}\p{N}'’-]*/uy;
const WHITESPACE = /\s+/y;
const LEADING_WORD = /^[\p{L}\p{N}_]+/u;

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
  // Longest first so "no side effects at all" wins over "no side effects".
  const ordered = [...unique].sort((a, b) => b.length - a.length);
  const keys = ordered.map(indexKey);
  const matchAll = keys.every((key) => key !== null) ? indexedMatcher(ordered, keys as IndexKey[]) : combinedMatcher(ordered);
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

function addTo(index: Map<string, number[]>, key: string, phrase: number): void {
  const list = index.get(key);
  if (list) list.push(phrase);
  else index.set(key, [phrase]);
}

/**
 * A word index: at each word of the text, only the phrases that can start
 * there are tried (those whose first word is that word, and wildcard ones whose
 * stem it begins with), in list order (longest first), by comparing lower-cased
 * words. Phrases are not compiled to regular expressions: V8 takes about half a
 * millisecond to build each case-insensitive Unicode pattern, which for a few
 * thousand phrases was most of a one-file run.
 */
function indexedMatcher(ordered: readonly string[], keys: readonly IndexKey[]): (text: string) => PhraseMatch[] {
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
  const opening = openingsOf(keys);

  function candidatesFor(word: string): readonly number[] | undefined {
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

  return (text) => {
    const found: PhraseMatch[] = [];
    const { lower, starts, words, openings } = wordsOf(text);
    let resumeAt = 0;
    for (let position = 0; position < starts.length; position++) {
      const start = starts[position]!;
      if (start < resumeAt) continue;
      const at = openings[position]!;
      if (at >= 0 && opening[at] === 0) continue;
      const candidates = candidatesFor(words[position]!);
      if (candidates === undefined) continue;
      for (const index of candidates) {
        const end = matchWordsAt(lower, start, compiled[index]!);
        if (end < 0) continue;
        found.push({ phrase: ordered[index]!, text: text.slice(start, end), start, end });
        // Matches never overlap: look for the next word after this one.
        resumeAt = end;
        break;
      }
    }
    return found;
  };
}

interface TextWords {
  text: string;
  lower: string;
  /** Where each word starts. */
  starts: number[];
  /** Each word, lower-cased. */
  words: string[];
  /** Each word's opening (`openingOf`). */
  openings: number[];
}

/**
 * A word's first two characters as one number below 128 * 128 when both are
 * ASCII (the second 0 for a one-letter word), else -1. Each matcher marks the
 * openings its phrases can start with, so at most of a text's words it skips
 * the look-up of its candidates: one array read instead of a map look-up per
 * stem length, the text's openings computed once for every matcher.
 */
function openingOf(word: string): number {
  const first = word.charCodeAt(0);
  const second = word.length > 1 ? word.charCodeAt(1) : 0;
  return first < 128 && second < 128 ? first * 128 + second : -1;
}

/** The openings a matcher's phrases can start with: 1 where a word may start one. */
function openingsOf(keys: readonly IndexKey[]): Uint8Array {
  const opening = new Uint8Array(128 * 128);
  for (const { kind, key } of keys) {
    const first = key.charCodeAt(0);
    // A key with a non-ASCII first character can only start at a word whose opening is -1 (always looked up).
    if (first >= 128) continue;
    if (kind === 'prefix' && key.length === 1) opening.fill(1, first * 128, first * 128 + 128);
    else {
      const at = openingOf(key);
      if (at >= 0) opening[at] = 1;
    }
  }
  return opening;
}

const WORD = /[\p{L}\p{N}_]+/gu;
let lastScan: TextWords = { text: '', lower: '', starts: [], words: [], openings: [] };

/**
 * The words of a text, found once for the matchers that run over it one after
 * another; the last text's scan is kept for the next. (Keeping the last few
 * hundred texts' scans saved ~1 % CPU over the corpus but held their arrays
 * until the old generation was collected: +80 MB peak RSS on a 1 M-character
 * article.)
 */
function wordsOf(text: string): TextWords {
  if (text === lastScan.text) return lastScan;
  const lower = lowerCaseInPlace(text);
  const starts: number[] = [];
  const words: string[] = [];
  const openings: number[] = [];
  WORD.lastIndex = 0;
  for (let word = WORD.exec(lower); word; word = WORD.exec(lower)) {
    starts.push(word.index);
    words.push(word[0]);
    openings.push(openingOf(word[0]));
  }
  lastScan = { text, lower, starts, words, openings };
  return lastScan;
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
