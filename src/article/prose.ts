/**
 * Prose masking: which characters of a block are the article's own words.
 * Inline code, link and image syntax and destinations, bare URLs, HTML and
 * (later) citation markers are blanked to spaces; line breaks are kept, so
 * `prose` has the same length and offsets as the raw text.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import type { LinkSpan, Range } from './types.js';
import { nodeRange, spanOf } from './nodes.js';
import { normaliseLabel } from './labels.js';

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;

export interface BlockMask {
  /** Block start offset in the source. */
  start: number;
  /** 1 where the character is not prose. */
  blanked: Uint8Array;
}

export interface MaskedBlock {
  mask: BlockMask;
  links: LinkSpan[];
}

/** Definition urls by normalised label, for links written as `[text][label]`. */
export type DefinitionUrls = ReadonlyMap<string, string>;

export function maskBlock(
  source: string,
  range: Range,
  inlines: readonly PhrasingContent[],
  inBlockquote: boolean,
  definitionUrls: DefinitionUrls,
): MaskedBlock {
  const mask: BlockMask = { start: range.start, blanked: new Uint8Array(range.end - range.start) };
  const links: LinkSpan[] = [];
  for (const node of inlines) maskNode(node, source, mask, links, definitionUrls);
  if (inBlockquote) blankQuotePrefixes(source, range, mask);
  links.sort((a, b) => a.range.start - b.range.start);
  return { mask, links };
}

export function blank(mask: BlockMask, range: Range): void {
  const from = Math.max(0, range.start - mask.start);
  const to = Math.min(mask.blanked.length, range.end - mask.start);
  mask.blanked.fill(1, from, Math.max(from, to));
}

/** The block's prose: raw text with blanked characters turned to spaces (line breaks kept). */
export function renderProse(source: string, mask: BlockMask): string {
  const raw = source.slice(mask.start, mask.start + mask.blanked.length);
  let prose = '';
  let runStart = 0;
  for (let i = 0; i <= raw.length; i++) {
    if (i < raw.length && !mask.blanked[i]) continue;
    prose += raw.slice(runStart, i);
    if (i < raw.length) {
      const char = raw[i];
      prose += char === '\n' || char === '\r' ? char : ' ';
    }
    runStart = i + 1;
  }
  return prose;
}

export function isExternalUrl(url: string): boolean {
  return /^(?:https?:)?\/\/|^www\.|^doi:|^10\.\d{4,9}\//i.test(url.trim());
}

function maskNode(node: Nodes, source: string, mask: BlockMask, links: LinkSpan[], urls: DefinitionUrls): void {
  const range = nodeRange(node);
  if (!range) return;
  switch (node.type) {
    case 'text': {
      // A text node may run past a block cut out of its paragraph (a glyph-bulleted line): read only the block's part.
      const end = mask.start + mask.blanked.length;
      const clipped = { start: Math.max(range.start, mask.start), end: Math.min(range.end, end) };
      if (clipped.end > clipped.start) maskBareUrls(source, clipped, mask, links);
      return;
    }
    case 'inlineCode':
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      blank(mask, range);
      return;
    case 'link':
    case 'linkReference': {
      const url = node.type === 'link' ? node.url : (urls.get(normaliseLabel(node.identifier)) ?? '');
      const textRange = spanOf(node.children);
      // Autolinks (`<https://…>`, bare www/http in GFM) show their destination as their text; an HTML anchor
      // (`<a href="…">text</a>`, src/parse/html-blocks.ts) shows its own.
      const isAutolink = node.type === 'link' && source[range.start] !== '[' && !/^<a[\s>]/i.test(source.slice(range.start, range.start + 3));
      if (!textRange || isAutolink) {
        blank(mask, range);
        links.push({ range, url, external: isExternalUrl(url) });
        return;
      }
      blank(mask, { start: range.start, end: textRange.start });
      blank(mask, { start: textRange.end, end: range.end });
      links.push({ range: textRange, url, external: isExternalUrl(url) });
      for (const child of node.children) maskNode(child, source, mask, links, urls);
      return;
    }
    default:
      if ('children' in node) for (const child of node.children as Nodes[]) maskNode(child, source, mask, links, urls);
  }
}

/** Bare URLs in text (plain-text articles, or Markdown without autolinking). */
function maskBareUrls(source: string, range: Range, mask: BlockMask, links: LinkSpan[]): void {
  const text = source.slice(range.start, range.end);
  if (!text.includes('http') && !text.includes('www.')) return;
  BARE_URL.lastIndex = 0;
  for (let match = BARE_URL.exec(text); match; match = BARE_URL.exec(text)) {
    let url = match[0];
    while (/[.,;:!?)\]]$/.test(url) && !(url.endsWith(')') && url.includes('('))) url = url.slice(0, -1);
    const urlRange = { start: range.start + match.index, end: range.start + match.index + url.length };
    blank(mask, urlRange);
    links.push({ range: urlRange, url, external: true });
  }
}

/** Inside a blockquote, continuation lines carry `>` prefixes that belong to no text node. */
function blankQuotePrefixes(source: string, range: Range, mask: BlockMask): void {
  for (let i = range.start; i < range.end; i++) {
    const char = source[i];
    if (char !== '\n' && char !== '\r') continue;
    let j = i + 1;
    while (j < range.end && (source[j] === ' ' || source[j] === '\t' || source[j] === '>')) j++;
    blank(mask, { start: i + 1, end: j });
    i = j - 1;
  }
}
