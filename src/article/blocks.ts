/**
 * Body blocks in document order: paragraphs, list items' own paragraphs,
 * table cells, and paragraphs in blockquotes. Headings, code, HTML, front
 * matter, definitions, footnote definitions and reference entries are not
 * body text.
 */
import type { Nodes, PhrasingContent, Root } from 'mdast';
import type { Block, BlockKind, Section } from './types.js';
import { nodeRange, spanOf } from './nodes.js';

export interface BlockDraft {
  block: Block;
  /** The block's inline nodes, for masking and marker detection. */
  inlines: PhrasingContent[];
}

export function collectBlocks(
  tree: Root,
  excluded: ReadonlySet<Nodes>,
  sectionAt: (offset: number) => Section | null,
): BlockDraft[] {
  const drafts: BlockDraft[] = [];

  const add = (kind: BlockKind, inlines: PhrasingContent[], inBlockquote: boolean, node: Nodes): void => {
    const range = kind === 'tableCell' ? spanOf(inlines) : nodeRange(node);
    if (!range || range.end <= range.start) return;
    drafts.push({
      block: { kind, range, section: sectionAt(range.start), inBlockquote, sentences: [] },
      inlines,
    });
  };

  const visit = (node: Nodes, inBlockquote: boolean): void => {
    if (excluded.has(node)) return;
    switch (node.type) {
      case 'paragraph':
        add('paragraph', node.children, inBlockquote, node);
        return;
      case 'listItem':
        for (const child of node.children) {
          if (excluded.has(child)) continue;
          if (child.type === 'paragraph') add('listItem', child.children, inBlockquote, child);
          else visit(child, inBlockquote);
        }
        return;
      case 'tableCell':
        add('tableCell', node.children, inBlockquote, node);
        return;
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
