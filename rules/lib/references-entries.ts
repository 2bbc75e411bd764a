/**
 * Small facts about reference entries shared by the reference rules: where
 * to underline one, how to name it in a message, and whether it is a real
 * entry or only a label left behind by a web export. Pure.
 */
import type { Range, ReferenceEntry } from '../../src/article/types.js';

/** The entry's first line: enough to point at, without underlining a whole paragraph. */
export function entryLineRange(entry: ReferenceEntry): Range {
  // \r too: a CRLF or lone-CR line ends at its \r.
  const newline = entry.text.search(/[\r\n]/);
  const start = entry.range.start;
  const end = newline === -1 ? entry.range.end : Math.min(entry.range.end, start + newline);
  return { start, end: Math.max(start, end) };
}

/** "Reference 3 ("Whitfield, R. …")": its number or label and how it starts. */
export function describeEntry(entry: ReferenceEntry): string {
  const lead = entry.text
    .replace(/^\s*(?:\[\d{1,3}\]|\^\d{1,3}|\d{1,3}[.)])\s*/, '')
    .replace(/<[^>]*>|[*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Cut at a word boundary so the quote stays readable.
  const short = lead.length <= 40 ? lead : `${lead.slice(0, 40).replace(/\s+\S*$/, '')} …`;
  const name = entry.list.kind === 'footnotes' ? `[^${entry.label}]` : entry.label;
  return `Reference ${name} ("${short}")`;
}

/** "[12]" alone, or nothing at all: an entry a web export emptied. */
export function isEmptyEntry(entry: ReferenceEntry): boolean {
  const rest = entry.text.replace(/^\s*(?:\[\d{1,3}\]|\^\d{1,3}|\d{1,3}[.)])/, '');
  return !/\p{L}{2}/u.test(rest);
}
