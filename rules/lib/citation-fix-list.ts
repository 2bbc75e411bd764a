/**
 * Numbering an unnumbered reference list. In Markdown the new list is built
 * as mdast and written by remark-stringify with the document's own list style
 * (delimiter, incrementing numbers, indent, loose or tight), each entry's text
 * then put back verbatim; in plain text each entry line gets "1. ", "2. ", ...
 * Entries keep their order, so numbers that counted on it stay right.
 */
import type { List, ListItem, Root, RootContent } from 'mdast';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import type { Article, ReferenceEntry, ReferenceList } from '../../src/article/types.js';
import type { Fix } from '../../src/engine/types.js';
import { combineEdits, type TextEdit } from './citation-fix-edits.js';

const PLACEHOLDER = 'MEDLINTENTRYPLACEHOLDER';

export function numberListFix(article: Article, list: ReferenceList): Fix | null {
  if (list.entries.length === 0) return null;
  return article.format === 'text' ? numberTextLines(article.source, list.entries) : numberMarkdownList(article, list.entries);
}

// ---------------------------------------------------------------------------
// Plain text

/** "- Smith …" → "1. Smith …"; a bare "Smith …" line → "1. Smith …". */
function numberTextLines(source: string, entries: readonly ReferenceEntry[]): Fix | null {
  const edits: TextEdit[] = [];
  for (const [index, entry] of entries.entries()) {
    const lineStart = lineStartOf(source, entry.range.start);
    const prefix = source.slice(lineStart, entry.range.start);
    const bullet = /^([ \t]*)[-*•][ \t]+$/.exec(prefix);
    if (bullet) edits.push({ start: lineStart + (bullet[1] as string).length, end: entry.range.start, text: `${index + 1}. ` });
    else if (/^[ \t]*$/.test(prefix)) edits.push({ start: entry.range.start, end: entry.range.start, text: `${index + 1}. ` });
    else return null;
    const next = entries[index + 1];
    // Anything but line breaks and the next bullet between two entries (a byline) would split the list.
    if (next && !/^[ \t]*(?:\r\n|\n|\r)\s*(?:[-*•][ \t]+)?$/.test(source.slice(entry.range.end, next.range.start))) return null;
  }
  return combineEdits(source, edits);
}

function lineStartOf(source: string, offset: number): number {
  let start = offset;
  while (start > 0 && source[start - 1] !== '\n' && source[start - 1] !== '\r') start--;
  return start;
}

// ---------------------------------------------------------------------------
// Markdown

interface EntryItem {
  item: ListItem;
  entry: ReferenceEntry;
}

/**
 * Replaces the run of bullet items holding the entries with an ordered list.
 * Null unless the entries are consecutive items of one top-level bullet list
 * (items before or after the run, such as a byline, stay bullets).
 */
function numberMarkdownList(article: Article, entries: readonly ReferenceEntry[]): Fix | null {
  const source = article.source;
  const first = entries[0] as ReferenceEntry;
  const list = article.tree.children.find(
    (node): node is List => node.type === 'list' && contains(node, first.range.start),
  );
  if (!list || list.ordered) return null;
  const run = itemsOf(list, entries);
  if (!run) return null;

  const ordered: List = {
    type: 'list',
    ordered: true,
    start: 1,
    spread: list.spread ?? false,
    children: run.map(({ item }, index) => ({
      type: 'listItem',
      spread: item.spread ?? false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: `${PLACEHOLDER}${index}` }] }],
    })),
  };
  const written = unified()
    .use(remarkStringify, markdownListStyle(article.tree, source, run[0]?.item as ListItem))
    .stringify({ type: 'root', children: [ordered] } as Root)
    .replace(/\s+$/, '');

  let text = written;
  run.forEach(({ entry }, index) => {
    const at = text.indexOf(`${PLACEHOLDER}${index}`);
    const newColumn = at - lineStartOf(text, at);
    const oldColumn = entry.range.start - lineStartOf(source, entry.range.start);
    const content = reindent(source.slice(entry.range.start, entry.range.end), oldColumn, newColumn);
    text = text.slice(0, at) + content + text.slice(at + `${PLACEHOLDER}${index}`.length);
  });
  const start = offsetOf((run[0] as EntryItem).item, 'start');
  const end = offsetOf((run[run.length - 1] as EntryItem).item, 'end');
  return start === null || end === null ? null : { range: [start, end], text };
}

/** The items holding the entries, when they are one unbroken run of the list's items. */
function itemsOf(list: List, entries: readonly ReferenceEntry[]): EntryItem[] | null {
  const firstIndex = list.children.findIndex((item) => contains(item, (entries[0] as ReferenceEntry).range.start));
  if (firstIndex === -1) return null;
  const run: EntryItem[] = [];
  for (const [index, entry] of entries.entries()) {
    const item = list.children[firstIndex + index];
    if (!item || !contains(item, entry.range.start) || (offsetOf(item, 'end') ?? -1) < entry.range.end) return null;
    run.push({ item, entry });
  }
  return run;
}

/** The document's own ordered-list habits, and the indent its bullet items use. */
function markdownListStyle(tree: Root, source: string, sampleItem: ListItem): StringifyOptions {
  const options: StringifyOptions = { bulletOrdered: '.', incrementListMarker: true, listItemIndent: 'one' };
  const existing = tree.children.find((node): node is List => node.type === 'list' && node.ordered === true);
  const firstItem = existing?.children[0];
  const firstStart = firstItem ? offsetOf(firstItem, 'start') : null;
  if (existing && firstItem && firstStart !== null) {
    const marker = /^(\d+)([.)])/.exec(source.slice(firstStart, firstStart + 12));
    if (marker?.[2] === ')') options.bulletOrdered = ')';
    const secondStart = existing.children[1] ? offsetOf(existing.children[1], 'start') : null;
    const second = secondStart !== null ? /^(\d+)[.)]/.exec(source.slice(secondStart, secondStart + 12)) : null;
    if (marker && second && second[1] === marker[1]) options.incrementListMarker = false;
  }
  const itemStart = offsetOf(sampleItem, 'start');
  const contentStart = sampleItem.children[0] ? offsetOf(sampleItem.children[0], 'start') : null;
  if (itemStart !== null && contentStart !== null && contentStart - itemStart >= 4) options.listItemIndent = 'tab';
  return options;
}

/** Moves continuation lines from the old content column to the new one. */
function reindent(text: string, oldColumn: number, newColumn: number): string {
  const lines = text.split(/(\r\n|\n|\r)/);
  for (let index = 2; index < lines.length; index += 2) {
    const line = lines[index] as string;
    if (line.trim() === '') continue;
    const leading = /^[ ]*/.exec(line)?.[0].length ?? 0;
    lines[index] = ' '.repeat(newColumn) + line.slice(Math.min(leading, oldColumn));
  }
  return lines.join('');
}

function offsetOf(node: RootContent | ListItem, edge: 'start' | 'end'): number | null {
  return node.position?.[edge].offset ?? null;
}

function contains(node: RootContent | ListItem, offset: number): boolean {
  const start = offsetOf(node, 'start');
  const end = offsetOf(node, 'end');
  return start !== null && end !== null && start <= offset && offset < end;
}
