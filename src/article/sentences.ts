/**
 * medlint's sentence segmenter: one left-to-right scan of a block that
 * returns exact, whitespace-trimmed ranges. Terminal punctuation is looked
 * for in the masked prose (so periods in URLs and code never end a sentence),
 * abbreviations and initials are recognised by a bounded look-back, and
 * citation markers right after the final punctuation stay with the sentence
 * they follow ("…emotions.[1]", "…emotions. [^3]").
 */
import type { Range } from './types.js';

/** Abbreviations that never end a sentence, lower-cased, without their final period. */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'vs', 'approx', 'fig', 'figs', 'cf', 'jr', 'sr', 'mt', 'ca',
  'dept', 'incl', 'resp', 'vol', 'pp', 'eq', 'ref', 'refs', 'sec', 'ch', 'ed', 'eds', 'est', 'gen', 'lt', 'col',
]);
/** Abbreviations that end no sentence only before a number: "No. 5", "p. 12". */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'p', 'vol', 'pp']);
/** A capital letter after these words is a name, not an initial: "vitamin D. The …". */
const LETTER_NAMES = new Set([
  'vitamin', 'hepatitis', 'type', 'group', 'class', 'phase', 'grade', 'stage', 'schedule', 'plan', 'part',
  'appendix', 'section', 'factor', 'protein', 'strep', 'influenza', 'omega', 'size', 'level', 'blood',
]);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»', '›', '*', '_']);
const SENTENCE_OPENERS = new Set(['"', "'", '“', '‘', '«', '‹', '(', '[', '¿', '¡', '`']);

function isTerminal(char: string | undefined): boolean {
  return char === '.' || char === '!' || char === '?' || char === '…';
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\n' || char === '\r' || char === '\t' || char === '\u00a0';
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && char.toLowerCase() !== char.toUpperCase();
}

/**
 * Sentence ranges (block-relative) of one block. `prose` is the masked text,
 * `raw` the source text, `markers` the block-relative marker ranges sorted by start.
 */
export function splitSentences(raw: string, prose: string, markers: readonly Range[]): Range[] {
  const ends: number[] = [];
  let nextMarker = 0;
  let i = 0;
  while (i < prose.length) {
    if (!isTerminal(prose[i])) {
      i++;
      continue;
    }
    let end = i;
    while (isTerminal(prose[end])) end++;
    while (nextMarker < markers.length && (markers[nextMarker] as Range).start < end) nextMarker++;
    // A marker glued to the period ("A.[1]") says the sentence ended there, whatever the word.
    const markerGlued = markers[nextMarker]?.start === end;
    if (end - i === 1 && prose[i] === '.' && !markerGlued && isNonFinalPeriod(prose, raw, i)) {
      i = end;
      continue;
    }
    while (end < prose.length && CLOSERS.has(prose[end] as string)) end++;
    // Punctuation inside a marker that keeps its text ("[No side effects.][4]") ends it, not the sentence.
    const enclosing = markers[nextMarker - 1];
    if (enclosing && enclosing.end > end) end = enclosing.end;

    // Markers right after the punctuation (glued or after spaces) belong to this sentence.
    while (nextMarker < markers.length && (markers[nextMarker] as Range).start < end) nextMarker++;
    for (;;) {
      let next = end;
      while (isSpace(raw[next])) next++;
      const marker = markers[nextMarker];
      if (!marker || marker.start !== next) break;
      end = marker.end;
      nextMarker++;
    }

    let following = end;
    while (following < prose.length && isSpace(prose[following])) following++;
    if (following >= prose.length) {
      ends.push(end);
      break;
    }
    if (following > end && startsSentence(raw, following)) ends.push(end);
    i = Math.max(end, i + 1);
  }

  const ranges: Range[] = [];
  let start = 0;
  for (const end of [...ends, raw.length]) {
    const trimmed = trim(raw, start, end);
    if (trimmed.end > trimmed.start) ranges.push(trimmed);
    start = end;
  }
  return ranges;
}

/** The next sentence starts with a capital, a digit, a quote or an opening bracket (after emphasis marks). */
function startsSentence(raw: string, at: number): boolean {
  let index = at;
  while (raw[index] === '*' || raw[index] === '_' || raw[index] === '~') index++;
  const char = raw[index];
  if (char === undefined) return true;
  if (SENTENCE_OPENERS.has(char) || (char >= '0' && char <= '9')) return true;
  if (isLetter(char)) return char === char.toUpperCase();
  // Non-cased scripts and symbols: a boundary unless it is clause punctuation.
  return !/[,;:.)\]}\-–—]/.test(char);
}

/** A period that ends an abbreviation, an initial, or a leading list number. Looks back at most a few characters. */
function isNonFinalPeriod(prose: string, raw: string, period: number): boolean {
  let wordStart = period;
  while (wordStart > 0 && period - wordStart < 12 && (isLetter(prose[wordStart - 1]) || prose[wordStart - 1] === '.')) {
    wordStart--;
  }
  const word = prose.slice(wordStart, period);
  if (word.length === 0) {
    // "1." opening a block is a list number, not a sentence.
    let digitsStart = period;
    while (digitsStart > 0 && /\d/.test(prose[digitsStart - 1] as string)) digitsStart--;
    return digitsStart < period && prose.slice(0, digitsStart).trim() === '';
  }
  if (word.includes('.')) return /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word); // e.g, i.e, U.S, Ph.D
  const lower = word.toLowerCase();
  if (lower === 'al') return /\bet\s+$/.test(prose.slice(Math.max(0, wordStart - 4), wordStart));
  if (ABBREVIATIONS.has(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower) && /^\s*\d/.test(raw.slice(period + 1, period + 4))) return true;
  if (word.length === 1 && word === word.toUpperCase()) {
    // A single capital is an initial ("A. G. Phillips") unless it names something ("vitamin D.").
    const before = prose.slice(Math.max(0, wordStart - 12), wordStart);
    const previousWord = /([\p{L}]+)[\s-]*$/u.exec(before)?.[1]?.toLowerCase();
    return previousWord === undefined || !LETTER_NAMES.has(previousWord);
  }
  return false;
}

function trim(raw: string, start: number, end: number): Range {
  let from = start;
  let to = end;
  while (from < to && isSpace(raw[from])) from++;
  while (to > from && isSpace(raw[to - 1])) to--;
  return { start: from, end: to };
}
