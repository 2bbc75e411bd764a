/**
 * Flesch-Kincaid grade level (Kincaid et al., 1975):
 *   0.39 × words per sentence + 11.8 × syllables per word − 15.59,
 * with the usual vowel-group syllable estimate. Pure: sentences in, numbers out.
 */
import type { Article, Block } from '../../src/article/types.js';

export interface TextStats {
  sentences: number;
  words: number;
  syllables: number;
}

const WORD = /\p{L}+(?:['’-]\p{L}+)*/gu;

/** Vowel groups, less a silent final "e"/"es"/"ed"; every word has at least one. */
export function countSyllables(word: string): number {
  return asciiSyllables(word) ?? syllablesOf(word);
}

const LOWER_A = 97;
const LOWER_Z = 122;
const E = 101;
const D = 100;
const S = 115;
const Y = 121;
/** a, e, i, o, u, y: the vowels of the estimate; with l, the letters before a final "e"/"es"/"ed" that keep it sounded. */
const VOWEL = new Uint8Array(128);
for (const letter of 'aeiouy') VOWEL[letter.charCodeAt(0)] = 1;
const KEEPS_FINAL_E = new Uint8Array(128);
for (const letter of 'laeiouy') KEEPS_FINAL_E[letter.charCodeAt(0)] = 1;
/** The letters of the word being counted, lower-cased; reused. */
const letters = new Uint8Array(256);

/**
 * `syllablesOf` for an ASCII word, without building strings: the same letters
 * (lower-cased a-z), the same silent ending and leading "y", the same vowel
 * groups of one or two. Null for any other word (or a very long one).
 */
function asciiSyllables(word: string): number | null {
  if (word.length > letters.length) return null;
  let length = 0;
  for (let index = 0; index < word.length; index++) {
    let code = word.charCodeAt(index);
    if (code >= 128) return null;
    if (code >= 65 && code <= 90) code += 32;
    if (code >= LOWER_A && code <= LOWER_Z) letters[length++] = code;
  }
  if (length <= 3) return 1;
  // /(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/ → its first letter.
  let end = length;
  const last = letters[length - 1]!;
  if ((last === S || last === D) && letters[length - 2] === E && KEEPS_FINAL_E[letters[length - 3]!] === 0) end -= 2;
  else if (last === E && KEEPS_FINAL_E[letters[length - 2]!] === 0) end -= 1;
  // /^y/ → ''; then /[aeiouy]{1,2}/g: a run of n vowels is ceil(n / 2) groups.
  let count = 0;
  let run = 0;
  for (let index = letters[0] === Y ? 1 : 0; index < end; index++) {
    if (VOWEL[letters[index]!] === 1) run++;
    else if (run > 0) {
      count += (run + 1) >> 1;
      run = 0;
    }
  }
  count += (run + 1) >> 1;
  return Math.max(1, count);
}

function syllablesOf(word: string): number {
  let letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters.length === 0) return 1;
  if (letters.length <= 3) return 1;
  letters = letters.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, (ending) => ending[0] as string).replace(/^y/, '');
  return Math.max(1, letters.match(/[aeiouy]{1,2}/g)?.length ?? 0);
}

export function statsOf(sentences: readonly string[]): TextStats {
  const stats: TextStats = { sentences: 0, words: 0, syllables: 0 };
  for (const sentence of sentences) {
    const words = sentence.match(WORD) ?? [];
    if (words.length === 0) continue;
    stats.sentences++;
    stats.words += words.length;
    for (const word of words) stats.syllables += countSyllables(word);
  }
  return stats;
}

export function addStats(a: TextStats, b: TextStats): TextStats {
  return { sentences: a.sentences + b.sentences, words: a.words + b.words, syllables: a.syllables + b.syllables };
}

/** Rounded to one decimal; null when there is nothing to measure. */
export function fleschKincaidGrade(stats: TextStats): number | null {
  if (stats.sentences === 0 || stats.words === 0) return null;
  const grade = 0.39 * (stats.words / stats.sentences) + 11.8 * (stats.syllables / stats.words) - 15.59;
  return Math.round(grade * 10) / 10;
}

/** Paragraphs are the prose a reader reads; list items and table cells are fragments that would flatter the grade. */
export function proseParagraphs(article: Article): Block[] {
  return article.blocks.filter((block) => block.kind === 'paragraph');
}

export function blockStats(block: Block): TextStats {
  return statsOf(block.sentences.map((sentence) => sentence.prose));
}

/** The grade of the article's paragraphs taken together. */
export function articleGrade(article: Article): { grade: number | null; stats: TextStats } {
  const stats = proseParagraphs(article).map(blockStats).reduce(addStats, { sentences: 0, words: 0, syllables: 0 });
  return { grade: fleschKincaidGrade(stats), stats };
}
