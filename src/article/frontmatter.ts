/** YAML front matter → `FrontMatter`, parsed with the safe core schema and errors placed in the article. */
import type { Root, Yaml } from 'mdast';
import { isScalar, parseDocument } from 'yaml';
import type { FrontMatter, LineIndex, Range } from './types.js';
import { nodeRange } from './nodes.js';

export interface ReadFrontMatter {
  frontMatter: FrontMatter;
  /** Where the `title` value sits in the article, when it is a string scalar. */
  title: { text: string; range: Range } | null;
}

export function readFrontMatter(tree: Root, lines: LineIndex): ReadFrontMatter | null {
  const node = tree.children.find((child): child is Yaml => child.type === 'yaml');
  const range = node ? nodeRange(node) : null;
  if (!node || !range) return null;

  // The YAML text starts on the line after the opening fence.
  const fenceLine = lines.positionAt(range.start).line;
  const contentStart = lines.offsetAt({ line: fenceLine + 1, column: 1 });
  const document = parseDocument(node.value, { schema: 'core', customTags: [], prettyErrors: true });

  const firstError = document.errors[0];
  if (firstError) {
    // From the offset, not YAML's line:col: YAML counts a lone \r as no line break, the article does.
    const at = lines.positionAt(Math.min(contentStart + (firstError.pos[0] ?? 0), range.end));
    const message = (firstError.message.split('\n')[0] ?? firstError.message).replace(/ at line \d+, column \d+:?$/, '');
    return {
      frontMatter: {
        data: {},
        range,
        error: { message, line: at.line, column: at.column },
      },
      title: null,
    };
  }

  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: 50 });
  } catch (error) {
    // Alias bombs and similar: report at the fence rather than throw.
    const message = error instanceof Error ? error.message : String(error);
    return { frontMatter: { data: {}, range, error: { message, line: fenceLine, column: 1 } }, title: null };
  }
  const data = isPlainObject(value) ? value : {};

  let title: ReadFrontMatter['title'] = null;
  const titleNode = document.get('title', true);
  if (isScalar(titleNode) && typeof titleNode.value === 'string' && titleNode.value.trim() !== '') {
    const valueRange = titleNode.range;
    title = {
      text: titleNode.value.trim(),
      range: valueRange
        ? { start: contentStart + valueRange[0], end: contentStart + valueRange[1] }
        : range,
    };
  }
  return { frontMatter: { data, range, error: null }, title };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Map);
}

/**
 * A first line `---` followed by a `key:` line and no closing `---`: the
 * parser reads it all as body text, so the writer should hear about it.
 */
export function hasUnclosedFrontMatter(source: string): boolean {
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const opening = /^---[ \t]*(?:\r\n|\r|\n)([A-Za-z_][\w-]*)[ \t]*:/.exec(text);
  if (!opening) return false;
  return !/(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/.test(text.slice(opening[0].length));
}
