/**
 * Shared assertions over parsed trees: every node's position is consistent
 * with the source, and a position-free view of the tree for shape comparisons.
 */
import type { Root } from 'mdast';
import type { Node, Point } from 'unist';
import { expect } from 'vitest';
import { createLineIndex } from '../../src/article/lines.js';

export interface NodeWithText {
  node: Node;
  text: string;
}

export function allNodes(tree: Root): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node): void => {
    nodes.push(node);
    for (const child of childrenOf(node)) visit(child);
  };
  visit(tree);
  return nodes;
}

export function childrenOf(node: Node): Node[] {
  return 'children' in node && Array.isArray(node.children) ? (node.children as Node[]) : [];
}

/** The source text a node covers. */
export function sliceOf(source: string, node: Node): string {
  return source.slice(node.position?.start.offset, node.position?.end.offset);
}

/**
 * Every node has a position; offsets lie within the source with start <= end;
 * line and column agree with the offset; children lie inside their parent in
 * order; literal nodes (text, html) hold exactly the text they cover.
 */
export function expectConsistentPositions(tree: Root, source: string): void {
  const lines = createLineIndex(source);
  const checkPoint = (point: Point): void => {
    expect(point.offset).toBeDefined();
    const offset = point.offset as number;
    expect(offset).toBeGreaterThanOrEqual(0);
    expect(offset).toBeLessThanOrEqual(source.length);
    expect({ line: point.line, column: point.column }).toEqual(lines.positionAt(offset));
  };
  const visit = (node: Node): void => {
    const position = node.position;
    expect(position, `${node.type} has a position`).toBeDefined();
    if (!position) return;
    checkPoint(position.start);
    checkPoint(position.end);
    expect(position.start.offset as number).toBeLessThanOrEqual(position.end.offset as number);
    if ((node.type === 'text' || node.type === 'html') && 'value' in node) {
      expect(node.value).toBe(sliceOf(source, node));
    }
    let previousEnd = position.start.offset as number;
    for (const child of childrenOf(node)) {
      const childPosition = child.position;
      if (!childPosition) continue;
      expect(childPosition.start.offset as number).toBeGreaterThanOrEqual(previousEnd);
      expect(childPosition.end.offset as number).toBeLessThanOrEqual(position.end.offset as number);
      previousEnd = childPosition.end.offset as number;
      visit(child);
    }
  };
  visit(tree);
}

/** The tree without positions, to compare shapes across formats and line endings. */
export function withoutPositions(node: Node): unknown {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position') continue;
    copy[key] = key === 'children' ? (value as Node[]).map(withoutPositions) : value;
  }
  return copy;
}

/** A compact outline: one entry per top-level block, for readable expectations. */
export function outline(tree: Root, source: string): string[] {
  return tree.children.map((node) => {
    switch (node.type) {
      case 'heading':
        return `h${node.depth} ${sliceOf(source, node)}`;
      case 'list':
        return `${node.ordered ? `ol(${node.start})` : 'ul'} ${node.children.length}`;
      default:
        return node.type;
    }
  });
}
