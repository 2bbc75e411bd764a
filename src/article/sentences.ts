/**
 * medlint's sentence segmenter: one left-to-right scan of a block that
 * returns exact, whitespace-trimmed ranges. Terminal punctuation is looked
 * for in the masked prose (so periods in URLs and code never end a sentence),
 * abbreviations and initials are recognised by a bounded look-back, and
 * citation markers right after the final punctuation stay with the sentence
 * they follow ("…emotions.[1]", "…emotions. [^3]").
 */
import type { Range } from './types.js';
import { isBulletGlyph, isCommentHeaderLine } from '../parse/line-kinds.js';

export interface SplitOptions {
  /**
   * The article hard-wraps its prose: a line break inside a paragraph is only a
   * wrap. When false, a line break before a line that opens like a sentence ends
   * the sentence (pages pasted one item or one sentence a line, bullets lost).
   */
  wraps?: boolean;
  /**
   * The writer starts sentences in lower case (see `startsSentencesInLowerCase`): a lower-case word after terminal
   * punctuation and a space opens a new sentence, unless the period ends an abbreviation.
   */
  lowerCaseStarts?: boolean;
}

/**
 * Wikipedia-style editorial tags a sentence carries after its full stop
 * ("…a full year.[citation needed]"): they belong to the sentence before, and
 * they are not citations. Source: Wikipedia's inline cleanup templates
 * (Template:Citation needed, Template:Verify source, Template:Dubious and the
 * like), lower-cased, without emphasis or a final "?".
 */
const EDITORIAL_TAGS = new Set([
  'citation needed', 'citation required', 'needs citation', 'need citation', 'needs a citation', 'cite needed',
  'medical citation needed', 'better source needed', 'better source', 'source needed', 'source', 'sources',
  'source needed', 'unverified', 'verification needed', 'failed verification', 'not verified', 'unreliable source',
  'unreliable medical source', 'non-primary source needed', 'dubious', 'dubious – discuss', 'disputed',
  'clarification needed', 'according to whom', 'by whom', 'who', 'when', 'which', 'original research',
  'not in citation given', 'not in source', 'page needed', 'year needed', 'needs update', 'neutrality disputed',
]);

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

/**
 * The only characters the scan stops at: a line break, a cell separator's (`isCellSeparator`) and terminal
 * punctuation (`isTerminal`). Every other character only moves the scan on, so it jumps from one to the next.
 */
const STOPS = /[\n\r\t|¦·.!?…\uD83C-\uD83E]/g;

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
export function splitSentences(
  raw: string,
  prose: string,
  markers: readonly Range[],
  options: SplitOptions = {},
): Range[] {
  /** Where each sentence ends, and where the next one may start (after a cell separator). */
  const ends: number[] = [];
  const nextStarts: number[] = [];
  const cut = (end: number, nextStart = end): void => {
    const last = ends[ends.length - 1] ?? -1;
    if (end <= last) return;
    ends.push(end);
    nextStarts.push(nextStart);
  };
  let nextMarker = 0;
  let lineStart = 0;
  let i = 0;
  while (i < prose.length) {
    STOPS.lastIndex = i;
    if (!STOPS.test(prose)) break;
    i = STOPS.lastIndex - 1;
    const char = prose[i];
    if (char === '\n' || char === '\r') {
      if (char === '\r' && prose[i + 1] === '\n') i++;
      if (lineBreakEndsSentence(raw, prose, lineStart, i, options)) cut(i);
      lineStart = i + 1;
      i++;
      continue;
    }
    if (isEmojiStart(char)) {
      // "…nicking my sachets 😂 it's safe for everyone": an emoji between words closes the thought before it.
      const end = emojiEnd(prose, i);
      let following = end;
      while (following < prose.length && following - end < 8 && (prose[following] === ' ' || prose[following] === '\t')) following++;
      if (following > end && wordsBefore(prose, lineStart, i) && isLetter(prose[following]) && startsSentence(raw, following, options.lowerCaseStarts === true)) {
        cut(end);
      }
      i = end;
      continue;
    }
    if (isCellSeparator(prose, i)) {
      cut(i, i + 1);
      i++;
      continue;
    }
    if (!isTerminal(char)) {
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
    // A narrative citation ("Lee and Kim (2020) found…") opens the next sentence instead.
    for (;;) {
      let next = end;
      while (isSpace(raw[next])) next++;
      const marker = markers[nextMarker];
      // A link that keeps its text ("[Here is the study][1] from …") is words of the next sentence, not a marker after this one.
      if (marker && marker.start === next && !isLetter(raw[next]) && prose.slice(marker.start, marker.end).trim() === '') {
        end = marker.end;
        nextMarker++;
        continue;
      }
      const tagEnd = editorialTagEnd(raw, next);
      if (tagEnd === -1 || (next > end && raw.slice(end, next).includes('\n'))) break;
      end = tagEnd;
    }

    let following = end;
    while (following < prose.length && isSpace(prose[following])) following++;
    if (following >= prose.length) {
      cut(end);
      break;
    }
    // A narrative citation is blanked in the prose: the next sentence opens with its first name.
    let rawFollowing = end;
    while (isSpace(raw[rawFollowing])) rawFollowing++;
    if (markers[nextMarker]?.start === rawFollowing && rawFollowing > end) following = rawFollowing;
    // "…full stop. — Dev K.": an attribution after the sentence is not part of it.
    if (following > end && (startsSentence(raw, following, options.lowerCaseStarts === true) || isDash(raw[following]))) cut(end);
    // Only line breaks after `end` are left to look at.
    for (let at = i; at < end; at++) if (prose[at] === '\n' || prose[at] === '\r') lineStart = at + 1;
    i = Math.max(end, i + 1);
  }

  const ranges: Range[] = [];
  let start = 0;
  ends.push(raw.length);
  for (let index = 0; index < ends.length; index++) {
    const end = ends[index] as number;
    const trimmed = trim(raw, start, end);
    const from = skipLineBullet(raw, trimmed.start, trimmed.end);
    if (trimmed.end > from) ranges.push({ start: from, end: trimmed.end });
    start = nextStarts[index] ?? end;
  }
  return ranges;
}

/** The first code unit of an emoji from the pictograph planes (U+1F000 on); "™" and "©" are not among them. */
function isEmojiStart(char: string | undefined): boolean {
  return char !== undefined && char >= '\uD83C' && char <= '\uD83E';
}

/** Past an emoji at `at`, its modifiers and any emoji joined to it: "👍🏽", "👩‍⚕️", "😂😂". Bounded. */
function emojiEnd(prose: string, at: number): number {
  let end = at;
  while (end < prose.length && end - at < 32) {
    const code = prose.charCodeAt(end);
    if (code >= 0xd83c && code <= 0xd83e) end += 2;
    else if (code === 0x200d || code === 0xfe0f || (code >= 0xdc00 && code <= 0xdfff)) end++;
    else break;
  }
  return end;
}

/** A word on the line before `at`: an emoji opening a line is a bullet, not the end of a sentence. */
function wordsBefore(prose: string, lineStart: number, at: number): boolean {
  for (let index = at - 1; index >= lineStart && at - index < 200; index--) if (isLetter(prose[index])) return true;
  return false;
}

function isDash(char: string | undefined): boolean {
  return char === '—' || char === '–';
}

/**
 * A table row pasted as text: cells split by a tab or by a pipe or a middle
 * dot with a space either side ("Rest | Helps most people", "Gentle · Cheap").
 */
function isCellSeparator(prose: string, at: number): boolean {
  const char = prose[at];
  if (char === '\t') return hasContentAround(prose, at);
  if (char !== '|' && char !== '·' && char !== '¦') return false;
  return (prose[at - 1] === ' ' || prose[at - 1] === '\t') && (prose[at + 1] === ' ' || prose[at + 1] === '\t');
}

/** Words on both sides of a tab, on the same line: a tab only indenting or padding a line separates nothing. */
function hasContentAround(prose: string, at: number): boolean {
  // Bounded: a long run of tabs pads, it separates nothing.
  let before = at - 1;
  while (before >= 0 && at - before < 64 && (prose[before] === ' ' || prose[before] === '\t')) before--;
  let after = at + 1;
  while (after < prose.length && after - at < 64 && (prose[after] === ' ' || prose[after] === '\t')) after++;
  const isEdge = (char: string | undefined): boolean => char === undefined || char === '\n' || char === '\r';
  return !isEdge(prose[before]) && !isEdge(prose[after]);
}

/**
 * Does the line break at `at` (ending the line that starts at `lineStart`)
 * end a sentence? Yes before a bulleted line ("✅ More energy") or after or
 * before a comment's header line ("Posted by jen_k · 3 days ago"); and, in an
 * article that does not hard-wrap, before a line that opens like a sentence
 * when the line before it does not read as unfinished.
 */
function lineBreakEndsSentence(raw: string, prose: string, lineStart: number, at: number, options: SplitOptions): boolean {
  // Bounded look-ahead: a long blanked stretch (an HTML comment over several lines) is not read once per line.
  let next = at + 1;
  while (next < prose.length && next - at < 200 && isSpace(prose[next])) next++;
  if (next >= prose.length || isSpace(prose[next])) return false;
  // A dash opens a wrapped line too ("…is small\n– about 1 in 1,000 –"): a bullet only where nothing wraps.
  if (isBulletGlyph(raw, next) && (options.wraps === false || !isDash(raw[next]))) return true;
  let nextEnd = next;
  while (nextEnd < raw.length && raw[nextEnd] !== '\n' && raw[nextEnd] !== '\r' && nextEnd - next <= 160) nextEnd++;
  // "**Pack size:** 30 tablets" under "**Active ingredient:** cetirizine": a label line opens an item of its own.
  if (opensWithBoldLabel(raw, next)) return true;
  const headerBefore = at - lineStart <= 160 && isCommentHeaderLine(raw.slice(lineStart, at).trim());
  if (headerBefore || isCommentHeaderLine(raw.slice(next, nextEnd).trim())) return true;
  if (options.wraps !== false) return false;
  let last = at - 1;
  while (last >= lineStart && isSpace(prose[last])) last--;
  if (last < lineStart) return false;
  const lastChar = prose[last] as string;
  // A line left open: "…such as", "…the risk of", "…and,".
  if (/[,;(\-–—&/+=]/.test(lastChar)) return false;
  let wordStart = last;
  while (wordStart > lineStart && isLetter(prose[wordStart - 1])) wordStart--;
  if (OPEN_ENDINGS.has(prose.slice(wordStart, last + 1).toLowerCase())) return false;
  return opensLine(raw, next);
}

/** Words a line does not end on when the sentence goes on below it. */
const OPEN_ENDINGS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as',
  'into', 'than', 'that', 'which', 'who', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'can', 'may', 'will', 'should', 'could', 'would', 'not', 'such', 'if', 'when', 'because', 'about', 'your', 'their',
  'its', 'our', 'my', 'his', 'her', 'this', 'these', 'those', 'very', 'more', 'most', 'less', 'e.g', 'i.e', 'vs',
]);

/** `**Label:**` or `**Label**:` (or with `__`) at `at`, the label at most 40 characters. */
function opensWithBoldLabel(raw: string, at: number): boolean {
  const mark = raw.slice(at, at + 2);
  if (mark !== '**' && mark !== '__') return false;
  let close = at + 2;
  while (close < raw.length && close - at <= 42 && raw[close] !== '\n' && raw.slice(close, close + 2) !== mark) close++;
  if (raw.slice(close, close + 2) !== mark || close === at + 2) return false;
  return raw[close - 1] === ':' || raw[close + 2] === ':';
}

/** A line that opens like a sentence or an item: a capital, a digit, a link, emphasis or a quote. */
function opensLine(raw: string, at: number): boolean {
  let index = at;
  while (raw[index] === '*' || raw[index] === '_' || raw[index] === '[' || raw[index] === '<') {
    if (raw[index] === '<') {
      let close = index + 1;
      while (close < raw.length && close - index <= 40 && raw[close] !== '>') close++;
      if (raw[close] !== '>') return false;
      index = close + 1;
    } else {
      index++;
    }
  }
  const char = raw[index];
  if (char === undefined) return false;
  if (char >= '0' && char <= '9') return true;
  if (isLetter(char)) return char === char.toUpperCase();
  return SENTENCE_OPENERS.has(char);
}

/** `[citation needed]`, `[*citation needed*]`, `[source?]` at `at`: the index after its `]`, or -1. */
function editorialTagEnd(raw: string, at: number): number {
  if (raw[at] !== '[') return -1;
  let close = at + 1;
  while (close < raw.length && close - at <= 40 && raw[close] !== ']') close++;
  if (raw[close] !== ']') return -1;
  const tag = raw
    .slice(at + 1, close)
    .replace(/[*_?]/g, '')
    .trim()
    .toLowerCase();
  return EDITORIAL_TAGS.has(tag) ? close + 1 : -1;
}

/** A bullet glyph opening a line ("✔ ", "★ ", "→ ") is the item's bullet, not its text. */
function skipLineBullet(raw: string, start: number, end: number): number {
  let before = start - 1;
  while (before >= 0 && start - before < 200 && (raw[before] === ' ' || raw[before] === '\t')) before--;
  if (before >= 0 && raw[before] !== '\n' && raw[before] !== '\r') return start;
  const width = bulletWidth(raw, start);
  if (width === 0) return start;
  let from = start + width;
  while (from < end && isSpace(raw[from])) from++;
  return from < end ? from : start;
}

function bulletWidth(raw: string, at: number): number {
  if (!isBulletGlyph(raw, at)) return 0;
  const code = raw.codePointAt(at) as number;
  let width = code > 0xffff ? 2 : 1;
  while (raw.charCodeAt(at + width) === 0xfe0f || raw.charCodeAt(at + width) === 0x200d) width++;
  return isSpace(raw[at + width]) ? width : 0;
}

/**
 * The next sentence starts with a capital, a digit, a quote or an opening bracket (after emphasis marks); with
 * `anyCase`, with any letter.
 */
function startsSentence(raw: string, at: number, anyCase = false): boolean {
  let index = at;
  while (raw[index] === '*' || raw[index] === '_' || raw[index] === '~') index++;
  const char = raw[index];
  if (char === undefined) return true;
  if (SENTENCE_OPENERS.has(char) || (char >= '0' && char <= '9')) return true;
  if (isLetter(char)) return anyCase || char === char.toUpperCase();
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
    // A capital glued to a number or a degree sign is a unit ("18°C.", "5K."), not an initial.
    const glued = prose[wordStart - 1];
    if (glued === '°' || (glued !== undefined && glued >= '0' && glued <= '9')) return false;
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
