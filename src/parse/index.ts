/** Text → mdast, whichever format the article is in. */
import type { Root } from 'mdast';
import type { Format } from '../article/types.js';
import { parseMarkdown } from './markdown.js';
import { parsePlainText } from './plaintext.js';

export { parseMarkdown } from './markdown.js';
export { parsePlainText } from './plaintext.js';

const FORMAT_BY_EXTENSION: ReadonlyMap<string, Format> = new Map([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.mdown', 'markdown'],
  ['.mkd', 'markdown'],
  ['.txt', 'text'],
  ['.text', 'text'],
]);

export function parse(source: string, format: Format): Root {
  return format === 'markdown' ? parseMarkdown(source) : parsePlainText(source);
}

/** The format a file's extension names (case-insensitive), or null when medlint does not read it. */
export function formatFromPath(filePath: string): Format | null {
  const name = filePath.slice(Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return null;
  return FORMAT_BY_EXTENSION.get(name.slice(dot).toLowerCase()) ?? null;
}
