/** HTML comments (block and inline `html` nodes): where inline directives live. */
import type { Nodes, Root } from 'mdast';
import type { Comment } from './types.js';
import { nodeRange } from './nodes.js';

export function collectComments(tree: Root, source: string): Comment[] {
  const comments: Comment[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'html') {
      const range = nodeRange(node);
      if (range) findCommentsIn(source, range.start, range.end, comments);
      return;
    }
    if ('children' in node) for (const child of node.children as Nodes[]) visit(child);
  };
  visit(tree);
  return comments;
}

/** An html node may hold several comments, or a comment among other markup. */
function findCommentsIn(source: string, start: number, end: number, into: Comment[]): void {
  // Search the node's own text only, so many html nodes stay linear overall.
  const html = source.slice(start, end);
  let from = 0;
  while (from < html.length) {
    const open = html.indexOf('<!--', from);
    if (open === -1) return;
    const close = html.indexOf('-->', open + 4);
    const innerEnd = close === -1 ? html.length : close;
    const commentEnd = close === -1 ? html.length : close + 3;
    into.push({
      value: html.slice(open + 4, innerEnd).trim(),
      range: { start: start + open, end: start + commentEnd },
      ownLine: isBlankBefore(source, start + open) && isBlankAfter(source, start + commentEnd),
    });
    from = commentEnd;
  }
}

function isBlankBefore(source: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const char = source[i];
    if (char === '\n' || char === '\r') return true;
    if (char !== ' ' && char !== '\t') return false;
  }
  return true;
}

function isBlankAfter(source: string, offset: number): boolean {
  for (let i = offset; i < source.length; i++) {
    const char = source[i];
    if (char === '\n' || char === '\r') return true;
    if (char !== ' ' && char !== '\t') return false;
  }
  return true;
}
