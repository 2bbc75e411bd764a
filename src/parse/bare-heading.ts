/**
 * Deciding which bare lines of a plain-text article are headings. A clinic
 * post pasted as text loses its markup: the title is the first line and each
 * heading is a short line of its own, usually title-cased or a question.
 *
 * A line is a heading when all of these hold:
 * - it is not the last line with content (a heading heads something);
 * - it is short: at most 12 words and 100 characters;
 * - it does not end like a sentence or a clause: no final `.`, `:`, `;` or `,`
 *   (closing quotes and brackets looked through); `?`, `!` or nothing is fine;
 * - it starts with a capital letter or a digit;
 * - it is not a list item and carries no citation marker (`[1]`, `[^1]`, `¹`,
 *   `<sup>`, `(Smith, 2020)`): headings do not cite;
 * and it looks like a title: it is a question, or most of its words are
 * capitalised, or a clearly longer paragraph follows it (half as long again,
 * and either 60 characters or a whole sentence). So "Talk to your doctor."
 * stays a paragraph (final period), and "Ask your pharmacist" becomes a heading
 * only when a real paragraph comes after it. Trailing emoji are looked through:
 * "What causes it? 🔥" is a question.
 */
import { isThematicBreak, readListMarker } from './list-marker.js';

export const MAX_HEADING_WORDS = 12;
export const MAX_HEADING_LENGTH = 100;
/** A title may be longer than a heading, but not paragraph-long. */
export const MAX_TITLE_WORDS = 25;
export const MAX_TITLE_LENGTH = 150;

/** The next line with content after a candidate (comment lines skipped). */
export interface FollowingLine {
  /** Trimmed text. */
  text: string;
  /** False for list items, comments and breaks: only prose can be "a longer paragraph". */
  isProse: boolean;
}

/** Words a title-cased heading leaves in lower case. */
const MINOR_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'as', 'at', 'by', 'for', 'from', 'in', 'into',
  'of', 'off', 'on', 'onto', 'per', 'to', 'up', 'via', 'vs', 'vs.', 'with', 'versus',
]);

const SENTENCE_ENDINGS = new Set(['.', '!', '?', '…']);
const SENTENCE_OR_CLAUSE_ENDINGS = new Set(['.', ':', ';', ',', '…']);
const CLOSING_MARKS = new Set(['"', "'", '”', '’', ')', ']', '»']);
const SUPERSCRIPT_DIGITS = new Set(['¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹']);
// Anchored single-character tests: nothing to backtrack over.
const STARTS_LIKE_A_HEADING = /^[\p{Lu}\p{Lt}\p{Nd}]/u;
const STARTS_WITH_WORD_CHARACTER = /^[\p{L}\p{N}]/u;
const IS_PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const VARIATION_SELECTOR_16 = 0xfe0f;
const ZERO_WIDTH_JOINER = 0x200d;

/** Is this trimmed line a bare heading? `following` is null when it is the last line with content. */
export interface BodyLine {
  /** The line right above, with no blank line between, is a line of a bullet-less list (`looksLikeItem`). */
  afterItem: boolean;
}

/**
 * `body`: the line is in the article's body, not a title candidate. There,
 * a line right under an item-like line is another item unless it is a
 * question or title-cased, and the longer line that follows must be a
 * paragraph (a whole sentence, or too long for a heading, or citing): a
 * line of 60 characters with no final stop is the list's next item.
 */
export function looksLikeHeading(line: string, following: FollowingLine | null, body?: BodyLine): boolean {
  if (following === null || !hasHeadingShape(line)) return false;
  if (lastMeaningfulChar(line) === '?') return true;
  if (isMostlyCapitalised(line)) return true;
  if (body?.afterItem) return false;
  return following.isProse && isClearlyLonger(following.text, line, body !== undefined);
}

function isClearlyLonger(paragraph: string, line: string, inBody: boolean): boolean {
  if (paragraph.length * 2 < line.length * 3) return false;
  if (SENTENCE_ENDINGS.has(lastMeaningfulChar(paragraph))) return true;
  return paragraph.length >= 60 && (!inBody || paragraph.length > MAX_HEADING_LENGTH || hasCitationMarker(paragraph));
}

/**
 * A line of a bullet-less list: heading-shaped (short, no final stop) but not
 * a heading. The line after it is not a heading only because a longer line follows.
 */
export function looksLikeItem(line: string): boolean {
  return hasHeadingShape(line) && lastMeaningfulChar(line) !== '?';
}

/**
 * Is this trimmed first line the article's title? Looser than a heading (a
 * title may end with a period or be a sentence), but never a list item, a
 * break, or a paragraph-long line.
 */
/**
 * A shop's listing title runs long in dash-separated parts and ends without a full stop: "Brand Turmeric
 * Curcumin 1500mg – 120 Vegan Capsules – High Strength Joint Support for Men & Women".
 */
const MAX_LISTING_TITLE_LENGTH = 200;
const MAX_LISTING_TITLE_WORDS = 40;

export function isListingTitle(line: string): boolean {
  return (
    line.length <= MAX_LISTING_TITLE_LENGTH &&
    countWords(line) <= MAX_LISTING_TITLE_WORDS &&
    (line.match(/\s[–—|-]\s/g) ?? []).length >= 2 &&
    !SENTENCE_OR_CLAUSE_ENDINGS.has(lastMeaningfulChar(line))
  );
}

export function looksLikeTitle(line: string): boolean {
  return (
    line.length > 0 &&
    ((line.length <= MAX_TITLE_LENGTH && countWords(line) <= MAX_TITLE_WORDS) || isListingTitle(line)) &&
    hasWordCharacter(line) &&
    readListMarker(line) === null &&
    !isThematicBreak(line) &&
    !hasCitationMarker(line)
  );
}

/**
 * May this line be a heading underlined with `===` or `---`? The underline is
 * signal enough, unless the line is paragraph-long or ends like a sentence:
 * then the rule below it is a separator.
 */
export function canBeUnderlinedHeading(line: string): boolean {
  return (
    line.length <= MAX_TITLE_LENGTH &&
    hasWordCharacter(line) &&
    !SENTENCE_OR_CLAUSE_ENDINGS.has(lastMeaningfulChar(line)) &&
    readListMarker(line) === null
  );
}

/** The hard limits of a heading, before asking whether it looks like one. */
export function hasHeadingShape(line: string): boolean {
  if (line.length === 0 || line.length > MAX_HEADING_LENGTH) return false;
  if (countWords(line) > MAX_HEADING_WORDS) return false;
  if (!STARTS_LIKE_A_HEADING.test(line)) return false;
  if (SENTENCE_OR_CLAUSE_ENDINGS.has(lastMeaningfulChar(line))) return false;
  // A tab between words makes a table row ("Steroid injection<TAB>Short-term relief").
  if (line.includes('\t')) return false;
  return readListMarker(line) === null && !hasCitationMarker(line);
}

/** True when at least two thirds of the words that title case capitalises start with a capital or digit. */
export function isMostlyCapitalised(line: string): boolean {
  let significant = 0;
  let capitalised = 0;
  let index = 0;
  for (const word of splitWords(line)) {
    const bare = stripOpeningMarks(word);
    // Symbols and emoji ("&", "|", "🔥") are not words.
    if (!STARTS_WITH_WORD_CHARACTER.test(bare)) continue;
    const isFirst = index++ === 0;
    if (!isFirst && MINOR_WORDS.has(bare.toLowerCase())) continue;
    significant++;
    if (STARTS_LIKE_A_HEADING.test(bare)) capitalised++;
  }
  return significant > 0 && capitalised * 3 >= significant * 2;
}

/**
 * Citation markers that show a line is prose, not a heading: `[1]`, `[^n]`,
 * superscript digits, `<sup>`, and a four-digit year inside parentheses.
 */
export function hasCitationMarker(line: string): boolean {
  let parenthesisDepth = 0;
  let digitRun = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line.charAt(i);
    if (char === '[') {
      const next = line.charAt(i + 1);
      if (next === '^' || (next >= '0' && next <= '9')) return true;
    } else if (SUPERSCRIPT_DIGITS.has(char)) {
      return true;
    } else if (char === '<' && line.startsWith('<sup', i)) {
      return true;
    } else if (char === '(') {
      parenthesisDepth++;
    } else if (char === ')') {
      parenthesisDepth = Math.max(0, parenthesisDepth - 1);
    }
    digitRun = char >= '0' && char <= '9' ? digitRun + 1 : 0;
    if (digitRun === 4 && parenthesisDepth > 0) {
      const next = line.charAt(i + 1);
      const isYear = !(next >= '0' && next <= '9') && (line.startsWith('19', i - 3) || line.startsWith('20', i - 3));
      if (isYear) return true;
    }
  }
  return false;
}

function countWords(line: string): number {
  let count = 0;
  for (const word of splitWords(line)) if (word.length > 0) count++;
  return count;
}

function* splitWords(line: string): Generator<string> {
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i === line.length || line.charAt(i) === ' ' || line.charAt(i) === '\t') {
      if (i > start) yield line.slice(start, i);
      start = i + 1;
    }
  }
}

function stripOpeningMarks(word: string): string {
  let start = 0;
  while (start < word.length && '"\'“‘(['.includes(word.charAt(start))) start++;
  return word.slice(start);
}

function hasWordCharacter(line: string): boolean {
  for (const char of line) if (STARTS_WITH_WORD_CHARACTER.test(char)) return true;
  return false;
}

/**
 * The last character, looking through closing quotes, brackets, spaces and
 * emoji: `doctor.”` ends with `.`, `What causes it? 🔥` with `?`.
 */
function lastMeaningfulChar(line: string): string {
  let end = line.length;
  while (end > 0) {
    const code = line.charCodeAt(end - 1);
    const isLowSurrogate = code >= 0xdc00 && code <= 0xdfff && end >= 2;
    const char = isLowSurrogate ? line.slice(end - 2, end) : line.charAt(end - 1);
    const skippable =
      CLOSING_MARKS.has(char) ||
      char === ' ' ||
      char === '\t' ||
      code === VARIATION_SELECTOR_16 ||
      code === ZERO_WIDTH_JOINER ||
      IS_PICTOGRAPH.test(char);
    if (!skippable) return char;
    end -= char.length;
  }
  return '';
}
