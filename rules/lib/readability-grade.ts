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
