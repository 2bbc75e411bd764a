/**
 * Markdown → mdast through unified + remark-parse, with GFM (footnotes,
 * tables, task lists, strikethrough, autolinks) and YAML or TOML front matter.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// Built once: freezing makes every parse reuse the same configured parser.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).freeze();

const BYTE_ORDER_MARK = 0xfeff;

/** Parse Markdown; every node's position is an offset into `source`. */
export function parseMarkdown(source: string): Root {
  const tree = processor.parse(source);
  // micromark drops a leading byte order mark before counting, so its offsets
  // would be one short of `source`; move them back onto the original text.
  if (source.charCodeAt(0) === BYTE_ORDER_MARK) shiftPastByteOrderMark(tree);
  return tree;
}

function shiftPastByteOrderMark(tree: Root): void {
  // Guards against a point object shared by two nodes being moved twice.
  const moved = new WeakSet<object>();
  const visit = (node: Node): void => {
    const position = node.position;
    if (position) {
      for (const point of [position.start, position.end]) {
        if (moved.has(point)) continue;
        moved.add(point);
        if (point.offset !== undefined) point.offset += 1;
        if (point.line === 1) point.column += 1;
      }
    }
    if ('children' in node && Array.isArray(node.children)) {
      for (const child of node.children as Node[]) visit(child);
    }
  };
  visit(tree);
  // The root still covers the whole text, mark included.
  if (tree.position) tree.position.start = { line: 1, column: 1, offset: 0 };
}
