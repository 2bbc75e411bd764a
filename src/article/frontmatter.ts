/**
 * Front matter → `FrontMatter`: YAML (`---`, the safe core schema) or TOML
 * (`+++`, as Hugo writes it), with errors placed in the article.
 */
import type { Literal, Root, Yaml } from 'mdast';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { isScalar, parseDocument } from 'yaml';
import type { FrontMatter, LineIndex, Range } from './types.js';
import { nodeRange } from './nodes.js';

export interface ReadFrontMatter {
  frontMatter: FrontMatter;
  /** Where the `title` value sits in the article, when it is a string scalar. */
  title: { text: string; range: Range } | null;
}

/** remark-frontmatter's node for `+++` front matter (mdast declares only `yaml`). */
interface Toml extends Literal {
  type: 'toml';
}

export function readFrontMatter(tree: Root, lines: LineIndex): ReadFrontMatter | null {
  const toml = tree.children.find((child): child is Toml & typeof child => (child.type as string) === 'toml');
  if (toml) return readTomlFrontMatter(toml, lines);
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
        language: 'yaml',
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
    return { frontMatter: { language: 'yaml', data: {}, range, error: { message, line: fenceLine, column: 1 } }, title: null };
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
  return { frontMatter: { language: 'yaml', data, range, error: null }, title };
}

/** A `title = "..."` line of TOML front matter, for where the title sits. */
const TOML_TITLE = /^[ \t]*title[ \t]*=[ \t]*(?:"((?:[^"\\\r\n]|\\.)*)"|'([^'\r\n]*)')/m;

function readTomlFrontMatter(node: Toml, lines: LineIndex): ReadFrontMatter | null {
  const range = nodeRange(node);
  if (!range) return null;
  const fenceLine = lines.positionAt(range.start).line;
  const contentStart = lines.offsetAt({ line: fenceLine + 1, column: 1 });
  let data: Record<string, unknown>;
  try {
    data = datesAsText(parseToml(node.value)) as Record<string, unknown>;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'invalid TOML';
    const line = error instanceof TomlError ? fenceLine + error.line : fenceLine;
    const column = error instanceof TomlError ? error.column : 1;
    return { frontMatter: { language: 'toml', data: {}, range, error: { message, line, column } }, title: null };
  }
  let title: ReadFrontMatter['title'] = null;
  const value = data['title'];
  const written = TOML_TITLE.exec(node.value);
  if (typeof value === 'string' && value.trim() !== '' && written) {
    const quoted = written[1] ?? written[2] ?? '';
    const start = contentStart + written.index + written[0].length - quoted.length - 1;
    title = { text: value.trim(), range: { start, end: start + quoted.length } };
  }
  return { frontMatter: { language: 'toml', data, range, error: null }, title };
}

/** TOML dates as the text written (`2024-03-01`), the way the YAML core schema leaves YAML dates for rules to read. */
function datesAsText(value: unknown): unknown {
  if (value instanceof TomlDate) return value.toISOString();
  if (Array.isArray(value)) return value.map(datesAsText);
  if (isPlainObject(value)) return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, datesAsText(inner)]));
  return value;
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
