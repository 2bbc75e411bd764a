/** Small mdast helpers shared by the Article builders: node ranges and plain text. */
import type { Nodes } from 'mdast';
import type { Range } from './types.js';

/** The node's [start, end) offsets, or null for generated nodes without a position. */
export function nodeRange(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): Range | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return null;
  return { start, end };
}

/** Plain text of a node: text, inline code and image alt kept, markup dropped. */
export function plainText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) {
    let text = '';
    for (const child of node.children as Nodes[]) text += plainText(child);
    return text;
  }
  return '';
}

/** The range covering a run of sibling nodes (first start to last end). */
export function spanOf(nodes: readonly Nodes[]): Range | null {
  let start = Infinity;
  let end = -Infinity;
  for (const node of nodes) {
    const range = nodeRange(node);
    if (!range) continue;
    if (range.start < start) start = range.start;
    if (range.end > end) end = range.end;
  }
  return start === Infinity ? null : { start, end };
}
