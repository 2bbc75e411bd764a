/**
 * Markdown → mdast through unified + remark-parse, with GFM (footnotes,
 * tables, task lists, strikethrough, autolinks) and YAML or TOML front matter.
 */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { type Processor, unified } from 'unified';
import type { Extension as FromMarkdownExtension } from 'mdast-util-from-markdown';
import type { Construct, Extension as MicromarkExtension } from 'micromark-util-types';
// Linear lazy continuation lines in long documents (micromark's EditMap from the first edit on).
import './edit-map.js';
import { expandHtmlBlocks } from './html-blocks.js';

/**
 * The autolink literal's micromark constructs for URLs only. The extension
 * tries an e-mail address at the start of every word (an address may start
 * anywhere), reading the word to its end before it fails, but only a text
 * with an `@` can hold an address; `http://` / `https://` and `www.` are
 * tried only at an `h` or a `w`. Taken from the extension's own record
 * (`h`/`H`: e-mail, then protocol; `w`/`W`: e-mail, then `www.`), so the
 * constructs are the library's.
 */
function urlAutolinkLiteral(): MicromarkExtension {
  const text = gfmAutolinkLiteral().text ?? {};
  const without = (code: number): Construct[] => {
    const constructs = text[code];
    if (!Array.isArray(constructs) || constructs.length !== 2) throw new Error('unexpected gfm autolink literal extension');
    return constructs.slice(1);
  };
  return { text: { 72: without(72), 104: without(104), 87: without(87), 119: without(119) } };
}

/**
 * Whether a line could be a table's delimiter row: after any blockquote marks
 * and indentation, only hyphens, colons, pipes, spaces and tabs, with a hyphen
 * and a pipe or colon (a row of hyphens alone is a setext underline or a
 * thematic break). A list marker before it ("- -|-") is a hyphen too; a line
 * with anything else on it is no delimiter row. One pass, no backtracking.
 */
function hasDelimiterRowLine(source: string): boolean {
  let inPrefix = true;
  let hyphen = false;
  let pipeOrColon = false;
  let other = false;
  for (let index = 0; index <= source.length; index++) {
    const code = index < source.length ? source.charCodeAt(index) : 10;
    if (code === 10 || code === 13) {
      if (!other && hyphen && pipeOrColon) return true;
      inPrefix = true;
      hyphen = pipeOrColon = other = false;
    } else if (other) {
      continue;
    } else if (code === 32 || code === 9) {
      // Indentation or space between cells.
    } else if (code === 62 && inPrefix) {
      // `>`: a blockquote mark.
    } else {
      inPrefix = false;
      if (code === 45) hyphen = true;
      else if (code === 124 || code === 58) pipeOrColon = true;
      else other = true;
    }
  }
  return false;
}

/**
 * GFM's constructs, in remark-gfm's order, each with the characters a text
 * must contain for the construct ever to match. micromark tries the autolink
 * literal at every letter and digit (an e-mail address may start anywhere)
 * and its mdast transform runs regular expressions over every text node,
 * and it tries a table at the start of every paragraph line: together about
 * as much time as the rest of the parse. A text that cannot contain a
 * construct's syntax is parsed without it, which gives the same tree, only
 * sooner (checked over the corpus and fixtures, edge cases and generated
 * texts against remark-gfm: test/parse/markdown-gfm-subsets.test.ts).
 */
interface GfmConstruct {
  possible: (source: string) => boolean;
  micromark: MicromarkExtension;
  mdast: FromMarkdownExtension;
}

const hasUrlStart = (source: string): boolean => source.includes('://') || /www\./i.test(source);

const GFM: GfmConstruct[] = [
  // Every autolink literal, e-mail included (needs `@`).
  { possible: (source) => source.includes('@'), micromark: gfmAutolinkLiteral(), mdast: gfmAutolinkLiteralFromMarkdown() },
  // `http://` / `https://`, `www.` (any case), when there is no `@`: the same without the e-mail construct
  // (never together with the entry above; the mdast side, its transform included, is the same).
  {
    possible: (source) => !source.includes('@') && hasUrlStart(source),
    micromark: urlAutolinkLiteral(),
    mdast: gfmAutolinkLiteralFromMarkdown(),
  },
  // A call or definition needs `[^` (a call written as a link label is one only when defined).
  { possible: (source) => source.includes('[^'), micromark: gfmFootnote(), mdast: gfmFootnoteFromMarkdown() },
  { possible: (source) => source.includes('~'), micromark: gfmStrikethrough(), mdast: gfmStrikethroughFromMarkdown() },
  // A table needs a delimiter row: a pipe, or an aligned cell (`:-`, `-:`) when it has one column.
  { possible: hasDelimiterRowLine, micromark: gfmTable(), mdast: gfmTableFromMarkdown() },
  // Cheap: tried only at a `[` at the start of a list item's paragraph.
  { possible: () => true, micromark: gfmTaskListItem(), mdast: gfmTaskListItemFromMarkdown() },
];

/** One frozen processor per set of GFM constructs a text may use, built on first use and reused. */
const processors = new Map<number, Processor<Root>>();

function processorFor(constructs: number): Processor<Root> {
  let processor = processors.get(constructs);
  if (processor === undefined) {
    const used = GFM.filter((_, index) => (constructs & (1 << index)) !== 0);
    processor = unified()
      .use(remarkParse)
      .use(function gfmConstructs() {
        // What remark-gfm does, with only the constructs in `used`.
        const data = this.data();
        (data.micromarkExtensions ??= []).push(...used.map((each) => each.micromark));
        (data.fromMarkdownExtensions ??= []).push(used.map((each) => each.mdast));
      })
      .use(remarkFrontmatter, ['yaml', 'toml'])
      .freeze() as unknown as Processor<Root>;
    processors.set(constructs, processor);
  }
  return processor;
}

const BYTE_ORDER_MARK = 0xfeff;

/** Parse Markdown; every node's position is an offset into `source`. */
export function parseMarkdown(source: string): Root {
  let constructs = 0;
  GFM.forEach((each, index) => {
    if (each.possible(source)) constructs |= 1 << index;
  });
  const tree = processorFor(constructs).parse(source);
  // micromark drops a leading byte order mark before counting, so its offsets
  // would be one short of `source`; move them back onto the original text.
  if (source.charCodeAt(0) === BYTE_ORDER_MARK) shiftPastByteOrderMark(tree);
  expandHtmlBlocks(tree, source);
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
