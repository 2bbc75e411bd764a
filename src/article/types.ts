/**
 * The Article: everything medlint understands about one document, built once
 * from the mdast and shared read-only by every rule. All ranges are UTF-16
 * offsets into `Article.source`, end exclusive, so `source.slice(start, end)`
 * is always the exact text a finding points at.
 */
import type { Root } from 'mdast';

export type Format = 'markdown' | 'text';

export interface Range {
  start: number;
  end: number;
}

export interface Position {
  /** 1-based. */
  line: number;
  /** 1-based, in UTF-16 code units like ESLint and editors. */
  column: number;
}

export interface LineIndex {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  lineCount: number;
}

export interface Heading {
  depth: number;
  /** Plain text of the heading (markup removed). */
  text: string;
  range: Range;
}

export interface Section {
  /** null for the part of the article before its first heading. */
  heading: Heading | null;
  depth: number;
  /** From the heading to just before the next heading of the same or a shallower depth. */
  range: Range;
  children: Section[];
  parent: Section | null;
}

export type BlockKind = 'paragraph' | 'listItem' | 'tableCell';

/** A unit of body prose: a paragraph, a list item's own text, or a table cell. */
export interface Block {
  kind: BlockKind;
  range: Range;
  /** Innermost section containing the block. */
  section: Section | null;
  inBlockquote: boolean;
  sentences: Sentence[];
  /** For a table cell: the text of its column's header cell ("What it does", "Side effects"). */
  columnHeading?: string;
}

export interface Sentence {
  range: Range;
  /** Raw source text: `source.slice(range.start, range.end)`. */
  text: string;
  /**
   * Same length as `text`, with what is not the article's own prose blanked to
   * spaces: inline code, link destinations, HTML tags and comments, and the
   * citation markers themselves. Word matching runs on this, so offsets into
   * `prose` are offsets into `text`.
   */
  prose: string;
  block: Block;
  markers: CitationMarker[];
  /** Links inside the sentence (text range and destination). */
  links: LinkSpan[];
  isQuestion: boolean;
}

export interface LinkSpan {
  range: Range;
  url: string;
  /** True when the destination looks like a source: an external http(s) URL, a DOI, PubMed, etc. */
  external: boolean;
}

export type MarkerKind =
  | 'numeric' // [1], [1, 3], [2-4], [2–4]
  | 'superscript' // ¹², <sup>1</sup>, <sup>[1]</sup>
  | 'footnote' // [^1], [^note]
  | 'author-year' // (Smith et al., 2020), (Smith & Lee 2019; Kim 2021), Smith et al. (2020)
  | 'link-reference'; // [1] or [text][1] resolving to a `[1]: https://...` definition

export interface CitationTarget {
  /**
   * What the marker asks for: a number ("3"), a footnote label ("note"),
   * a definition label, or "surname|year" for author-year ("smith|2020").
   */
  key: string;
  entry: ReferenceEntry | null;
  /** Where this work is named, when the marker names several: "Kim, 2020" in "(Lee, 2018; Kim, 2020)". */
  range?: Range;
}

export interface CitationMarker {
  kind: MarkerKind;
  range: Range;
  /** Exactly as written in the source, e.g. "[2–4]" or "(Lee, 2018)". */
  text: string;
  /** One per cited work; `[2-4]` has three. */
  targets: CitationTarget[];
  sentence: Sentence | null;
}

export type ReferenceListKind =
  | 'heading' // a list (or lines) under a References/Sources/... heading
  | 'trailing' // a run of reference-looking entries at the end, with no heading (the seed)
  | 'footnotes' // footnote definitions
  | 'definitions'; // markdown link-reference definitions `[1]: https://...`

export interface ReferenceList {
  kind: ReferenceListKind;
  /** The heading text for kind 'heading'. */
  heading: string | null;
  range: Range;
  /** True when entries carry their own numbers (ordered list, "1." or "[1]" prefixes). */
  numbered: boolean;
  entries: ReferenceEntry[];
}

export interface ReferenceEntry {
  list: ReferenceList;
  range: Range;
  /** Raw source text of the entry, without the list bullet. */
  text: string;
  /**
   * What markers resolve by: "3" for the third (or explicitly numbered 3) entry,
   * the footnote or definition label otherwise.
   */
  label: string;
  /** 1-based position in its list, counting only real entries (not bylines). */
  ordinal: number;
  /** Best-effort bibliographic fields, for author-year resolution and later rules. */
  authors: string[]; // surnames, lower-case
  year: number | null;
  title: string | null;
  doi: string | null;
  url: string | null;
  pmid: string | null;
  citedBy: CitationMarker[];
}

export interface FrontMatter {
  /** `---` YAML or `+++` TOML. */
  language: 'yaml' | 'toml';
  /** Parsed fields (YAML with the safe core schema; TOML dates as written); empty object when it failed to parse. */
  data: Record<string, unknown>;
  range: Range;
  error: { message: string; line: number; column: number } | null;
}

export interface Comment {
  /** The comment's inner text, trimmed: "medlint-disable rule-a". */
  value: string;
  range: Range;
  /** True when the comment stands alone on its line(s). */
  ownLine: boolean;
}

export interface Article {
  /** As given; `<stdin>` or the --stdin-filename for standard input. */
  path: string;
  format: Format;
  source: string;
  tree: Root;
  lines: LineIndex;
  title: { text: string; range: Range } | null;
  frontMatter: FrontMatter | null;
  headings: Heading[];
  /** Top-level sections; walk `children` for the tree. */
  sections: Section[];
  /** Body blocks in document order (reference entries, front matter, headings and code excluded). */
  blocks: Block[];
  /** All body sentences in document order. */
  sentences: Sentence[];
  /** All citation markers in body text, in document order. */
  markers: CitationMarker[];
  references: ReferenceList[];
  /** Every entry of every list, in document order. */
  entries: ReferenceEntry[];
  /** HTML comments (and, in plain text, `<!-- -->` lines): where directives live. */
  comments: Comment[];
}
