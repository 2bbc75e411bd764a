/**
 * Block-level HTML inside Markdown, read as the Markdown blocks it stands for.
 *
 * CMS exports (WordPress's `<!-- wp:paragraph --><p>…</p>`, pasted page
 * source, HTML reference lists) put whole articles into HTML blocks, which
 * CommonMark keeps as opaque `html` nodes: without this, medlint would read
 * none of their sentences, headings or lists. Each such node becomes the
 * mdast it would have been in Markdown (`<p>` a paragraph, `<h2>` a heading,
 * `<ul><li>` a list, `<blockquote>` a blockquote, `<a href>` a link), and its
 * inline tags, comments and code stay `html` nodes, so the rest of medlint
 * treats them as it treats HTML anywhere: not prose, directives still read.
 * Positions are exact offsets into the source; text keeps the raw source
 * span (an entity's value is decoded for headings and titles).
 *
 * This is a tag scanner, not an HTML parser: it needs only where block
 * elements open and close, and is forgiving of what a parser would repair
 * (unclosed `<p>` and `<li>` simply end at the next block tag).
 */
import type { Blockquote, Heading, Html, Link, List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import { decodeNumericCharacterReference } from 'micromark-util-decode-numeric-character-reference';

/** Elements that start or end a block of text (a run of inline content ends at each of their tags). */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header',
  'hgroup', 'hr', 'html', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'tr', 'ul',
]);

/** Elements whose content is never prose, kept whole as one `html` node: a block of their own, or inline. */
const OPAQUE_BLOCKS = new Set(['script', 'style', 'pre', 'textarea', 'template', 'noscript', 'iframe']);
const OPAQUE_INLINES = new Set(['code', 'svg', 'math']);

/** An HTML node is expanded only when it holds one of these: it is then markup for a page, not a stray tag. */
const HOLDS_BLOCKS = /<(?:p|h[1-6]|li|blockquote|div|section|article|td|th)\b/i;

// The name ends at a space, `/` or `>` (never inside it), and no `<` is read inside a tag: a failed attempt
// stops at the next `<` without backtracking, so a text full of stray brackets stays linear.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?:[\s/](?:[^<>"']|"[^"<]*"|'[^'<]*')*)?>/y;

/** A character reference: `&#8217;`, `&#x2019;`, `&rsquo;` (decoded by micromark's own helpers, as Markdown text is). */
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g;

/** Expands, in place, every block-level `html` node of the tree's flow (root, blockquotes, list items). */
export function expandHtmlBlocks(tree: Root, source: string): void {
  if (!source.includes('<')) return;
  expandIn(tree, source);
}

type FlowParent = { children: RootContent[] };

function expandIn(parent: FlowParent, source: string): void {
  const children: RootContent[] = [];
  for (const child of parent.children) {
    if (child.type === 'html') {
      const expanded = expandNode(child, source);
      if (expanded) {
        children.push(...expanded);
        continue;
      }
    } else if (child.type === 'blockquote' || child.type === 'listItem' || child.type === 'list') {
      expandIn(child as FlowParent, source);
    }
    children.push(child);
  }
  parent.children = children;
}

/** The blocks an html node stands for, or null to keep it as it is. */
function expandNode(node: Html, source: string): RootContent[] | null {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || !node.position) return null;
  const raw = source.slice(start, end);
  // Inside a blockquote or a list item the node's value lacks the container's prefixes; such markup is rare
  // and kept as it is rather than read with `>` marks in its text.
  if (raw !== node.value || !HOLDS_BLOCKS.test(raw)) return null;
  return new BlockReader(source, raw, start, end, node.position.start).read();
}

interface OpenBlock {
  name: string;
  /** The container this element's content goes into. */
  container: FlowParent;
}

class BlockReader {
  private readonly out: RootContent[] = [];
  /** Open block elements, innermost last. */
  private readonly open: OpenBlock[] = [];
  /** The inline content of the block being read. */
  private run: PhrasingContent[] = [];
  /** An `<a href>` being read: its node, and the run outside it. */
  private link: { node: Link; outer: PhrasingContent[] } | null = null;
  private readonly lineStarts: number[];
  private readonly unclosed = new Set<string>();

  constructor(
    private readonly source: string,
    /** The node's text: `source` from `start` to `end`. */
    private readonly raw: string,
    private readonly start: number,
    private readonly end: number,
    private readonly startPoint: Point,
  ) {
    this.lineStarts = [];
    for (let index = source.indexOf('\n', start); index !== -1 && index < end; index = source.indexOf('\n', index + 1)) {
      this.lineStarts.push(index + 1);
    }
  }

  read(): RootContent[] {
    const { source, end } = this;
    let textStart = this.start;
    let index = this.start;
    while (index < end) {
      const lt = source.indexOf('<', index);
      if (lt === -1 || lt >= end) break;
      if (source.startsWith('<!--', lt)) {
        const close = source.indexOf('-->', lt + 4);
        const stop = close === -1 || close + 3 > end ? end : close + 3;
        this.text(textStart, lt);
        this.comment(lt, stop);
        index = textStart = stop;
        continue;
      }
      TAG.lastIndex = lt;
      const tag = TAG.exec(source);
      if (!tag || lt + tag[0].length > end) {
        index = lt + 1;
        continue;
      }
      const tagEnd = lt + tag[0].length;
      const closing = tag[1] === '/';
      const name = (tag[2] as string).toLowerCase();
      this.text(textStart, lt);
      if (!closing && (OPAQUE_BLOCKS.has(name) || OPAQUE_INLINES.has(name))) {
        const closeEnd = this.closeOf(name, tagEnd);
        if (OPAQUE_BLOCKS.has(name)) {
          this.flush();
          this.push(this.html(lt, closeEnd));
        } else this.inline(lt, closeEnd);
        index = textStart = closeEnd;
        continue;
      }
      if (BLOCK_TAGS.has(name)) this.blockTag(name, closing, tag[0], lt, tagEnd);
      else if (name === 'a') this.anchor(closing, tag[0], lt, tagEnd);
      else this.inline(lt, tagEnd);
      index = textStart = tagEnd;
    }
    this.text(textStart, end);
    this.flush();
    return this.out;
  }

  /** Where an opaque element opened before `from` ends: after its closing tag, or the node's end. */
  private closeOf(name: string, from: number): number {
    // A closing tag not found once is not found later either: each name is searched to the end at most once.
    if (this.unclosed.has(name)) return this.end;
    const closeTag = new RegExp(`</${name}\\s*>`, 'gi');
    closeTag.lastIndex = from - this.start;
    const close = closeTag.exec(this.raw);
    if (close === null) {
      this.unclosed.add(name);
      return this.end;
    }
    return this.start + close.index + close[0].length;
  }

  private get container(): FlowParent {
    return this.open.at(-1)?.container ?? { children: this.out };
  }

  private blockTag(name: string, closing: boolean, tag: string, from: number, to: number): void {
    this.flush();
    if (closing) {
      const at = this.open.map((each) => each.name).lastIndexOf(name);
      if (at !== -1) this.open.length = at;
      return;
    }
    if (tag.endsWith('/>') || name === 'hr') return;
    // A paragraph cannot hold another: an unclosed `<p>` ends at the next.
    if (name === 'p' && this.open.at(-1)?.name === 'p') this.open.pop();
    if (name === 'ul' || name === 'ol') {
      const list: List = { type: 'list', ordered: name === 'ol', start: name === 'ol' ? startOf(tag) : null, spread: false, children: [], position: this.position(from, to) };
      this.push(list);
      this.open.push({ name, container: list as unknown as FlowParent });
      return;
    }
    if (name === 'li') {
      // An unclosed `<li>` ends at the next one; an `<li>` outside any list opens a `<ul>` of its own, which the
      // next `<li>` joins and the enclosing element's end closes.
      if (this.open.at(-1)?.name === 'li') this.open.pop();
      if (!(this.open.at(-1)?.name === 'ul' || this.open.at(-1)?.name === 'ol')) this.blockTag('ul', false, '<ul>', from, from);
      const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [], position: this.position(from, to) };
      this.push(item as unknown as RootContent);
      this.open.push({ name, container: item as unknown as FlowParent });
      return;
    }
    if (name === 'blockquote') {
      const quote: Blockquote = { type: 'blockquote', children: [], position: this.position(from, to) };
      this.push(quote);
      this.open.push({ name, container: quote as unknown as FlowParent });
      return;
    }
    this.open.push({ name, container: this.container });
  }

  private anchor(closing: boolean, tag: string, from: number, to: number): void {
    if (closing) {
      if (!this.link) return this.inline(from, to);
      const { node, outer } = this.link;
      this.link = null;
      node.position = this.position(node.position?.start.offset ?? from, to);
      if (node.children.length > 0) outer.push(node);
      else outer.push(this.html(node.position.start.offset as number, to));
      this.run = outer;
      return;
    }
    const href = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (!href || this.link) return this.inline(from, to);
    const url = decodeEntities(href[1] ?? href[2] ?? href[3] ?? '');
    const node: Link = { type: 'link', url, title: null, children: [], position: this.position(from, to) };
    this.link = { node, outer: this.run };
    this.run = node.children as PhrasingContent[];
  }

  private text(from: number, to: number): void {
    if (to <= from) return;
    this.run.push(this.textNode(from, to));
  }

  private textNode(from: number, to: number): Text {
    return { type: 'text', value: decodeEntities(this.source.slice(from, to)), position: this.position(from, to) };
  }

  private inline(from: number, to: number): void {
    this.run.push(this.html(from, to));
  }

  private comment(from: number, to: number): void {
    // A comment between blocks is a flow node (where inline directives are looked for); inside text it stays inline.
    if (this.run.every(isBlank) && !this.link) {
      this.flush();
      this.push(this.html(from, to));
    } else this.inline(from, to);
  }

  private html(from: number, to: number): Html {
    return { type: 'html', value: this.source.slice(from, to), position: this.position(from, to) };
  }

  /** Ends the block being read: a heading, or a paragraph in the innermost container. */
  private flush(): void {
    if (this.link) {
      // An `<a>` left open at a block tag ends there.
      const { node, outer } = this.link;
      this.link = null;
      const last = node.children.at(-1);
      node.position = this.position(node.position?.start.offset ?? 0, last?.position?.end.offset ?? node.position?.end.offset ?? 0);
      outer.push(...(node.children.length > 0 ? [node] : []));
      this.run = outer;
    }
    const run = this.trimmed(this.run);
    this.run = [];
    if (!run.some((node) => (node.type === 'text' && !isBlank(node)) || node.type === 'link')) {
      // Markup alone (an image, a `<br>`) is no block of text; keep it so nothing of the source is dropped.
      for (const node of run) if (node.type === 'html') this.push(node);
      return;
    }
    const position = this.position(run[0]?.position?.start.offset ?? 0, run.at(-1)?.position?.end.offset ?? 0);
    const heading = /^h([1-6])$/.exec(this.open.at(-1)?.name ?? '');
    const block: Heading | Paragraph = heading
      ? { type: 'heading', depth: Number(heading[1]) as Heading['depth'], children: run, position }
      : { type: 'paragraph', children: run, position };
    this.push(block);
  }

  /** Adds a node to the innermost container, which (with every open container) then covers it. */
  private push(node: RootContent): void {
    this.container.children.push(node);
    if (node.position) this.widenContainers(node.position);
  }

  /** The run without blank text at either end, and its end texts cut to their first and last non-space character. */
  private trimmed(run: PhrasingContent[]): PhrasingContent[] {
    let first = 0;
    let last = run.length - 1;
    while (first <= last && isBlank(run[first] as PhrasingContent)) first++;
    while (last >= first && isBlank(run[last] as PhrasingContent)) last--;
    const kept = run.slice(first, last + 1);
    const head = kept[0];
    if (head?.type === 'text') {
      let from = head.position?.start.offset as number;
      const to = head.position?.end.offset as number;
      while (/\s/.test(this.source[from] as string)) from++;
      kept[0] = this.textNode(from, to);
    }
    const tail = kept.at(-1);
    if (tail?.type === 'text') {
      const from = tail.position?.start.offset as number;
      let to = tail.position?.end.offset as number;
      while (to > from && /\s/.test(this.source[to - 1] as string)) to--;
      kept[kept.length - 1] = this.textNode(from, to);
    }
    return kept;
  }

  /** Lists, items and quotes cover their content (their tags' own positions were only a start). */
  private widenContainers(position: Position): void {
    for (const { container } of this.open) {
      const node = container as unknown as { position?: Position };
      if (!node.position || node.position.end.offset === undefined || position.end.offset === undefined) continue;
      if (node.position.end.offset < position.end.offset) node.position = { start: node.position.start, end: position.end };
    }
  }

  private position(from: number, to: number): Position {
    return { start: this.point(from), end: this.point(to) };
  }

  private point(offset: number): Point {
    // Lines of the node before `offset`: binary search over its line starts.
    let low = 0;
    let high = this.lineStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.lineStarts[middle] as number) <= offset) low = middle + 1;
      else high = middle;
    }
    if (low === 0) return { line: this.startPoint.line, column: this.startPoint.column + (offset - this.start), offset };
    return { line: this.startPoint.line + low, column: offset - (this.lineStarts[low - 1] as number) + 1, offset };
  }
}

function isBlank(node: PhrasingContent): boolean {
  return node.type === 'text' && node.value.trim() === '';
}

function startOf(tag: string): number {
  const start = /\sstart\s*=\s*["']?(\d{1,6})/i.exec(tag);
  return start ? Number(start[1]) : 1;
}

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(CHARACTER_REFERENCE, (reference, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (decimal !== undefined) return decodeNumericCharacterReference(decimal, 10);
    if (hex !== undefined) return decodeNumericCharacterReference(hex, 16);
    return decodeNamedCharacterReference(name as string) || reference;
  });
}
