/**
 * Lines that are not prose, recognised the same way in plain text and inside
 * Markdown paragraphs: bullet glyphs pasted from web pages and social posts
 * ("✔ Better sleep", "★ No crash"), and the header and footer lines of
 * forum and comment threads ("Posted by jen_k · 3 days ago", "user123 wrote:",
 * "Reply · Report · 12 likes", "— Mark T., verified buyer", "★★★★☆ 4/5").
 * Every test looks at one line of at most a few hundred characters; the
 * regular expressions have no nested quantifiers.
 */

/** Glyphs used as bullets: checks, crosses, stars, arrows, dots and dashes. Emoji are handled apart. */
const BULLET_GLYPHS = new Set([
  '✔', '✓', '✅', '☑', '✗', '✘', '❌', '❎', '★', '☆', '✩', '✪', '⭐', '➤', '►', '▶', '▸', '▹', '➔', '➜', '➡', '→',
  '⇒', '•', '◦', '▪', '▫', '■', '□', '◆', '◇', '●', '○', '‣', '⁃', '∙', '✦', '✧', '❖', '–', '—', '♦', '❗', '✳',
]);
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

/** Is the character at `at` a bullet glyph or an emoji (the first character of a line)? */
export function isBulletGlyph(text: string, at: number): boolean {
  const code = text.codePointAt(at);
  if (code === undefined) return false;
  const char = String.fromCodePoint(code);
  if (BULLET_GLYPHS.has(char)) return true;
  // "©" and "®" are pictographs too, but never bullets.
  return code > 0xff && PICTOGRAPH.test(char);
}

const POSTED = /^(?:posted|written|submitted|commented|replied|edited|updated|answered|asked)\s+(?:by|on|at)\s/i;
const WROTE = /\b(?:wrote|writes|says|said|replied|asked|commented|posted):$/i;
const STARS = /^[★☆✩✪⭐]{3}/u;
const RATING = /^(?:rating|rated|score)\s?:?\s?\d(?:\.\d)?\s?(?:\/|out of)\s?(?:5|10)\b/i;
const AGO = /\b\d{1,3}\s?(?:min|mins|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago\b/i;
const FOOTER_WORD = /^(?:reply|report|share|like|likes|upvote|downvote|helpful|permalink|flag|quote|edited|\d{1,5}\s+(?:likes?|replies|comments?|upvotes?|points?|votes?))$/i;
const SHORT_AGE = /^\d{1,3}\s?(?:m|h|d|w|mo|y)$/i;
const HANDLE = /^(?:u\/|@)[\w.-]{2,}/;
const DATE_START =
  /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}|\d{1,2}(?:st|nd|rd|th)?\s(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\s\d{4})\b/i;
const SEPARATORS = /\s[·•|]\s/;

/**
 * Is this trimmed line the header or footer of a comment or a review rather
 * than prose? Short lines only, and never one that ends like a sentence
 * (except the attribution and rating lines, which may end with an initial).
 */
export function isCommentHeaderLine(line: string): boolean {
  if (line.length < 2 || line.length > 120) return false;
  const text = stripEmphasis(line);
  if (STARS.test(text) || RATING.test(text)) return true;
  // "— Mark T., verified buyer", "– Priya": an attribution line of a few words.
  if ((text.startsWith('—') || text.startsWith('–') || text.startsWith('--')) && text.length <= 80 && countWords(text) <= 10) return true;
  const last = text.charAt(text.length - 1);
  if (last === '.' || last === '!' || last === '?' || last === ',' || last === ';') return false;
  if (POSTED.test(text) || WROTE.test(text)) return true;
  // "3 days ago" in a wrapped line of prose is no header: only with separators or on a short line.
  if (AGO.test(text) && (SEPARATORS.test(text) || countWords(text) <= 6)) return true;
  if (HANDLE.test(text) && countWords(text) <= 8) return true;
  if (DATE_START.test(text) && countWords(text) <= 10) return true;
  if (!SEPARATORS.test(text)) return FOOTER_WORD.test(text);
  // "Reply · Report · 12 likes", "jen_k · 2d": a row of separated parts, one of them a footer word or an age.
  return text.split(SEPARATORS).some((part) => {
    const word = stripEmphasis(part.trim());
    return FOOTER_WORD.test(word) || SHORT_AGE.test(word);
  });
}

function stripEmphasis(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (text[start] === '*' || text[start] === '_')) start++;
  while (end > start && (text[end - 1] === '*' || text[end - 1] === '_')) end--;
  return text.slice(start, end);
}

function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text[i] === ' ' || text[i] === '\t';
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}
