/**
 * Who wrote an article, who reviewed it medically, and when it was last
 * reviewed or updated (JAMA benchmarks: authorship and currency; HONcode
 * principles 1 and 4). Read from front matter keys first, then from byline
 * lines in the text ("Medically reviewed by …", "Page last reviewed: …").
 * Pure: takes the Article, returns what it found and where.
 */
import type { Article, Range } from '../../src/article/types.js';
import { dateFromValue, findDate } from './review-dates.js';

export type DateKind = 'reviewed' | 'updated' | 'published';

export interface ReviewDate {
  date: Date;
  kind: DateKind;
  /** The front matter key or the byline's words ("Page last reviewed"). */
  label: string;
  range: Range;
}

export interface Credit {
  /** The front matter key or the byline line. */
  label: string;
  range: Range;
}

export interface ReviewInfo {
  author: Credit | null;
  reviewer: Credit | null;
  /** The most recent review or update date; a publication date only when there is neither. */
  date: ReviewDate | null;
}

/** Front matter keys, compared lower-cased with `-`, `_` and spaces removed. */
const AUTHOR_KEYS = ['author', 'authors', 'byline', 'writer', 'writtenby', 'createdby', 'creator', 'contributor', 'contributors'];
const REVIEWER_KEYS = [
  'reviewer',
  'reviewers',
  'reviewedby',
  'medicalreviewer',
  'medicalreviewers',
  'medicallyreviewedby',
  'clinicalreviewer',
  'factcheckedby',
];
const DATE_KEYS: Record<string, DateKind> = {
  lastreviewed: 'reviewed',
  reviewed: 'reviewed',
  reviewdate: 'reviewed',
  reviewedon: 'reviewed',
  medicallyreviewed: 'reviewed',
  lastupdated: 'updated',
  updated: 'updated',
  updatedat: 'updated',
  updatedon: 'updated',
  modified: 'updated',
  lastmodified: 'updated',
  datemodified: 'updated',
  lastmod: 'updated',
  date: 'published',
  published: 'published',
  publishdate: 'published',
  publishedat: 'published',
  publishedon: 'published',
  datepublished: 'published',
  created: 'published',
};

const AUTHOR_LINE = /^\s*(?:[-*•]\s*)?(?:(?:written|authored|posted|compiled)\s+by\s+\S|by\s+\p{Lu}|authors?:\s*\S)/iu;
const REVIEWER_LINE = /\b(?:(?:medically|clinically|expert|peer|pharmacist|doctor)[- ])?reviewed\s+by\s+\S|\bfact[- ]checked\s+by\s+\S|\b(?:medical\s+)?reviewer:\s*\S/i;
const REVIEWED_LINE = /\b(?:page\s+|article\s+|content\s+|last\s+|medically\s+)*reviewed(?:\s+on)?\s*:?\s*/i;
const UPDATED_LINE = /\b(?:page\s+|article\s+|last\s+)*(?:updated|modified|revised)(?:\s+on)?\s*:?\s*/i;
const PUBLISHED_LINE = /\b(?:published|posted)(?:\s+on)?\s*:?\s*/i;
/** A date that is a plan, not a fact: "Next review due: 4 November 2024". */
const FUTURE_LINE = /\b(?:next\s+review|review\s+due|due\s+for\s+review)\b/i;
/** Bylines are short; a long line is prose that happens to say "by". */
const MAX_BYLINE = 160;
/** "Published …" far into the body is usually a cited study's date, not the article's. */
const PUBLISHED_WITHIN_LINES = 20;

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]/g, '');
}

function hasValue(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasValue);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasValue);
  return value !== null && value !== undefined && value !== false;
}

/** The line of `key:` inside the front matter, or the whole block when it cannot be found. */
function keyRange(article: Article, key: string): Range {
  const frontMatter = article.frontMatter;
  if (!frontMatter) return { start: 0, end: 0 };
  const text = article.source.slice(frontMatter.range.start, frontMatter.range.end);
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`^[ \\t]*["']?${escaped}["']?[ \\t]*[:=][^\\n]*`, 'm').exec(text);
  if (!match) return { ...frontMatter.range };
  const start = frontMatter.range.start + match.index;
  return { start, end: start + match[0].trimEnd().length };
}

interface Line {
  text: string;
  start: number;
}

function linesOf(article: Article): Line[] {
  const bodyStart = article.frontMatter ? article.frontMatter.range.end : 0;
  const lines: Line[] = [];
  let start = bodyStart;
  for (const text of article.source.slice(bodyStart).split('\n')) {
    lines.push({ text, start });
    start += text.length + 1;
  }
  return lines;
}

function newer(current: ReviewDate | null, candidate: ReviewDate): ReviewDate {
  if (current === null) return candidate;
  // A review or update beats a publication date whatever their order.
  const rank = (date: ReviewDate) => (date.kind === 'published' ? 0 : 1);
  if (rank(candidate) !== rank(current)) return rank(candidate) > rank(current) ? candidate : current;
  return candidate.date.getTime() > current.date.getTime() ? candidate : current;
}

function fromFrontMatter(article: Article): ReviewInfo {
  const info: ReviewInfo = { author: null, reviewer: null, date: null };
  for (const [key, value] of Object.entries(article.frontMatter?.data ?? {})) {
    const normalised = normaliseKey(key);
    if (!hasValue(value)) continue;
    if (info.author === null && AUTHOR_KEYS.includes(normalised)) info.author = { label: key, range: keyRange(article, key) };
    if (info.reviewer === null && REVIEWER_KEYS.includes(normalised)) info.reviewer = { label: key, range: keyRange(article, key) };
    const kind = DATE_KEYS[normalised];
    const date = kind ? dateFromValue(value) : null;
    if (kind && date) info.date = newer(info.date, { date, kind, label: key, range: keyRange(article, key) });
  }
  return info;
}

function dateOnLine(line: Line, pattern: RegExp, kind: DateKind): ReviewDate | null {
  const match = pattern.exec(line.text);
  if (!match) return null;
  const after = line.text.slice(match.index + match[0].length);
  const found = findDate(after.slice(0, 40));
  if (!found) return null;
  const start = line.start + match.index;
  const end = line.start + match.index + match[0].length + found.index + found.length;
  return { date: found.date, kind, label: match[0].trim().replace(/:$/, ''), range: { start, end } };
}

/** Three rules and the evidence summary ask: read once per article. */
const reviewInfoOf = new WeakMap<Article, ReviewInfo>();

export function findReviewInfo(article: Article): ReviewInfo {
  let info = reviewInfoOf.get(article);
  if (!info) reviewInfoOf.set(article, (info = readReviewInfo(article)));
  return info;
}

function readReviewInfo(article: Article): ReviewInfo {
  const info = fromFrontMatter(article);
  for (const [index, line] of linesOf(article).entries()) {
    const text = line.text.trim();
    if (text === '' || text.length > MAX_BYLINE) continue;
    const range = { start: line.start + line.text.indexOf(text), end: line.start + line.text.indexOf(text) + text.length };
    if (info.reviewer === null && REVIEWER_LINE.test(text)) info.reviewer = { label: text, range };
    if (info.author === null && AUTHOR_LINE.test(text)) info.author = { label: text, range };
    const future = FUTURE_LINE.exec(line.text);
    const past = future ? { text: line.text.slice(0, future.index), start: line.start } : line;
    const date =
      dateOnLine(past, REVIEWED_LINE, 'reviewed') ??
      dateOnLine(past, UPDATED_LINE, 'updated') ??
      (index < PUBLISHED_WITHIN_LINES ? dateOnLine(past, PUBLISHED_LINE, 'published') : null);
    if (date) info.date = newer(info.date, date);
  }
  return info;
}
