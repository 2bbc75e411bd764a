/**
 * Does the article hard-wrap its paragraphs? Looked at once over every
 * block's line breaks: a break inside a sentence (the line before does not end
 * with `.`, `!`, `?` or `:`) is a wrap when the next line goes on in lower
 * case. An article that wraps does so at least as often as not; a page pasted
 * one item or one sentence a line (list bullets lost, a header line over its
 * text) almost never has a lower-case line after an unfinished one.
 */
import type { BlockDraft } from './blocks.js';

export function hardWraps(source: string, drafts: readonly BlockDraft[]): boolean {
  let breaks = 0;
  let lowerCase = 0;
  for (const { block } of drafts) {
    const { start, end } = block.range;
    for (let at = start; at < end; at++) {
      if (source.charCodeAt(at) !== 10) continue;
      let before = at - 1;
      while (before >= start && at - before < 200 && isSpace(source.charCodeAt(before))) before--;
      const last = source[before];
      if (before < start || last === '.' || last === '!' || last === '?' || last === ':') continue;
      let after = at + 1;
      while (after < end && after - at < 200 && (isSpace(source.charCodeAt(after)) || source[after] === '>')) after++;
      const next = source[after];
      if (next === undefined || next.toLowerCase() === next.toUpperCase()) continue;
      breaks++;
      if (next === next.toLowerCase()) lowerCase++;
    }
  }
  return breaks === 0 || lowerCase * 2 >= breaks;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10;
}
