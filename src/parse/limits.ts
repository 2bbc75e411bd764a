/**
 * Input the Markdown parser cannot take: micromark recurses once per nested
 * container (10,000 blockquote levels overflow the stack) and resolves
 * brackets, emphasis and table pipes in time that grows faster than the
 * paragraph. These checks are one linear pass over the text, run before
 * parsing, so such a file gets one fatal message instead of a crash or a hang.
 */
import type { Format } from '../article/types.js';

/** Blockquote and list levels on one line; real articles stay under ten. */
export const MAX_NESTING_DEPTH = 100;
/** Link, emphasis, code and table marks in one paragraph (a blank-line separated block). */
export const MAX_DELIMITERS_PER_BLOCK = 10_000;

export interface ParseHazard {
  /** 1-based line where the trouble starts. */
  line: number;
  message: string;
}

export function findParseHazard(source: string, format: Format): ParseHazard | null {
  // The plain-text reader is medlint's own and linear; only Markdown needs guarding.
  if (format !== 'markdown') return null;
  let line = 1;
  let blockLine = 1;
  let blockDelimiters = 0;
  let lineStart = 0;
  while (lineStart <= source.length) {
    const lineEnd = endOfLine(source, lineStart);
    const text = source.slice(lineStart, lineEnd);
    const depth = containerDepth(text);
    if (depth > MAX_NESTING_DEPTH) {
      return {
        line,
        message: `File not linted: line ${line} nests more than ${MAX_NESTING_DEPTH} blockquote or list levels, deeper than the Markdown parser can go.`,
      };
    }
    if (text.trim() === '') {
      blockDelimiters = 0;
      blockLine = line + 1;
    } else {
      blockDelimiters += countDelimiters(text);
      if (blockDelimiters > MAX_DELIMITERS_PER_BLOCK) {
        return {
          line: blockLine,
          message:
            `File not linted: the paragraph at line ${blockLine} has more than ${MAX_DELIMITERS_PER_BLOCK} ` +
            'link, emphasis, code or table marks, too many to parse in reasonable time. Split it with blank lines.',
        };
      }
    }
    if (lineEnd >= source.length) break;
    // \r\n counts as one line break, like the parser.
    lineStart = source.charCodeAt(lineEnd) === 13 && source.charCodeAt(lineEnd + 1) === 10 ? lineEnd + 2 : lineEnd + 1;
    line++;
  }
  return null;
}

function endOfLine(source: string, from: number): number {
  for (let index = from; index < source.length; index++) {
    const code = source.charCodeAt(index);
    if (code === 10 || code === 13) return index;
  }
  return source.length;
}

/**
 * Container markers (`>`, `-`, `*`, `+`, `1.`) at the start of a line, plus
 * the indentation before a marker (two columns per nested list level).
 */
export function containerDepth(line: string): number {
  let markers = 0;
  let indentColumns = 0;
  let index = 0;
  while (index < line.length) {
    const char = line[index];
    if (char === ' ') indentColumns++;
    else if (char === '\t') indentColumns += 4;
    else if (char === '>') markers++;
    else if ((char === '-' || char === '*' || char === '+') && isSpace(line[index + 1])) markers++;
    else {
      const afterDigits = skipDigits(line, index);
      if (afterDigits === index || afterDigits - index > 9) break;
      const delimiter = line[afterDigits];
      if ((delimiter !== '.' && delimiter !== ')') || !isSpace(line[afterDigits + 1])) break;
      markers++;
      index = afterDigits;
    }
    index++;
  }
  return markers === 0 ? 0 : markers + Math.floor(indentColumns / 2);
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t';
}

function skipDigits(line: string, from: number): number {
  let index = from;
  while (index < line.length && line.charCodeAt(index) >= 48 && line.charCodeAt(index) <= 57) index++;
  return index;
}

function countDelimiters(line: string): number {
  let count = 0;
  for (let index = 0; index < line.length; index++) {
    const char = line[index];
    if (char === ']' || char === '*' || char === '_' || char === '`' || char === '|' || char === '~') count++;
  }
  return count;
}
