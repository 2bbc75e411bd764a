/**
 * Body blocks in document order: paragraphs, list items' own paragraphs,
 * table cells, and paragraphs in blockquotes. Headings (a table's column and
 * row headings too), code, HTML, front matter, definitions, footnote
 * definitions and reference entries are not body text.
 */
import type { Nodes, PhrasingContent, Root, Table } from 'mdast';
import type { Block, BlockKind, Section } from './types.js';
import type { Range } from './types.js';
import { nodeRange, plainText, spanOf } from './nodes.js';
import { glyphBulletWidth } from '../parse/list-marker.js';

export interface BlockDraft {
  block: Block;
  /** The block's inline nodes, for masking and marker detection. */
  inlines: PhrasingContent[];
}

export function collectBlocks(
  tree: Root,
  excluded: ReadonlySet<Nodes>,
  sectionAt: (offset: number) => Section | null,
  source = '',
): BlockDraft[] {
  const drafts: BlockDraft[] = [];

  const add = (kind: BlockKind, inlines: PhrasingContent[], inBlockquote: boolean, node: Nodes, part?: Range, columnHeading?: string): void => {
    const range = part ?? (kind === 'tableCell' ? spanOf(inlines) : nodeRange(node));
    if (!range || range.end <= range.start) return;
    const block: Block = { kind, range, section: sectionAt(range.start), inBlockquote, sentences: [] };
    if (columnHeading !== undefined && columnHeading !== '') block.columnHeading = columnHeading;
    drafts.push({ block, inlines });
  };

  const visit = (node: Nodes, inBlockquote: boolean): void => {
    if (excluded.has(node)) return;
    switch (node.type) {
      case 'paragraph': {
        const parts = glyphListParts(source, nodeRange(node));
        if (parts === null) {
          add('paragraph', node.children, inBlockquote, node);
          return;
        }
        // Each part gets the inline nodes it overlaps: one pass, both lists being in document order.
        let first = 0;
        for (const part of parts) {
          while (first < node.children.length && (nodeRange(node.children[first] as Nodes)?.end ?? 0) <= part.range.start) first++;
          const inlines: PhrasingContent[] = [];
          for (let index = first; index < node.children.length; index++) {
            const inline = node.children[index] as PhrasingContent;
            if ((nodeRange(inline)?.start ?? 0) >= part.range.end) break;
            inlines.push(inline);
          }
          add(part.kind, inlines, inBlockquote, node, part.range);
        }
        return;
      }
      case 'listItem':
        for (const child of node.children) {
          if (excluded.has(child)) continue;
          if (child.type === 'paragraph') add('listItem', child.children, inBlockquote, child);
          else visit(child, inBlockquote);
        }
        return;
      case 'table': {
        // The first row holds the column headings; a first column of short names ("Bioavailability",
        // "Effect on muscle growth") holds the row headings. Headings are not body text.
        const labels = isLabelColumn(node);
        const columnHeadings = (node.children[0]?.children ?? []).map((cell) => plainText(cell).trim());
        node.children.forEach((row, rowIndex) => {
          if (rowIndex === 0 || excluded.has(row)) return;
          row.children.forEach((cell, cellIndex) => {
            if (!(cellIndex === 0 && labels) && !excluded.has(cell)) add('tableCell', cell.children, inBlockquote, cell, undefined, columnHeadings[cellIndex]);
          });
        });
        return;
      }
      case 'blockquote':
        for (const child of node.children) visit(child, true);
        return;
      case 'heading':
      case 'code':
      case 'html':
      case 'yaml':
      case 'definition':
      case 'footnoteDefinition':
        return;
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) visit(child, inBlockquote);
    }
  };
  visit(tree, false);
  return drafts;
}

/** Words a row heading may have: a name or a short noun phrase, never a sentence. */
const MAX_ROW_HEADING_WORDS = 6;

/**
 * Whether a table's first column names its rows: two columns or more, and in every body row a first cell of a
 * few words that does not end like a sentence.
 */
function isLabelColumn(table: Table): boolean {
  const rows = table.children.slice(1);
  return (
    rows.length > 0 &&
    rows.every((row) => {
      if (row.children.length < 2) return false;
      const text = plainText(row.children[0] as Nodes).trim();
      const words = text === '' ? 0 : text.split(/\s+/).length;
      return words <= MAX_ROW_HEADING_WORDS && !/[.!?]$/.test(text);
    })
  );
}

/**
 * A paragraph whose lines start with bullet glyphs ("✔ Better sleep" /
 * "✔ More energy"), as web pages and social posts paste them: one list item
 * per bulleted line (its glyph left out), after the lead-in line(s) if any.
 * Null when no line starts with a glyph bullet.
 */
function glyphListParts(source: string, range: Range | null): Array<{ kind: BlockKind; range: Range }> | null {
  if (!range || source === '') return null;
  const parts: Array<{ kind: BlockKind; range: Range }> = [];
  let partStart = range.start;
  let partKind: BlockKind = 'paragraph';
  let found = false;
  for (let lineStart = range.start; lineStart < range.end; ) {
    let text = lineStart;
    while (text < range.end && (source[text] === ' ' || source[text] === '\t' || source[text] === '>')) text++;
    const width = glyphBulletWidth(source, text);
    if (width > 0) {
      found = true;
      pushPart(parts, source, partKind, partStart, lineStart);
      partKind = 'listItem';
      partStart = text + width;
    }
    let next = lineStart;
    while (next < range.end && source[next] !== '\n') next++;
    lineStart = next + 1;
  }
  if (!found) return null;
  pushPart(parts, source, partKind, partStart, range.end);
  return parts;
}

function pushPart(parts: Array<{ kind: BlockKind; range: Range }>, source: string, kind: BlockKind, start: number, end: number): void {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(source[from] as string)) from++;
  while (to > from && /\s/.test(source[to - 1] as string)) to--;
  if (to > from) parts.push({ kind, range: { start: from, end: to } });
}
