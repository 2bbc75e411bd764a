/**
 * The rule contract (modelled on ESLint's): a rule is `meta` plus a pure
 * `check` over the Article. Rules report; the engine positions, filters,
 * sorts and fixes.
 */
import type { Article, Range } from '../article/types.js';

export type SeverityName = 'off' | 'warn' | 'error';
/** ESLint numbering: 1 warning, 2 error. */
export type SeverityLevel = 1 | 2;

/** A text edit on the source: replace `range` ([start, end) offsets) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  /** What the suggestion does, for a writer: 'Replace "cures" with "may relieve"'. */
  desc: string;
  fix: Fix;
}

export type FixType = 'citation' | 'layout' | 'wording';

export interface RuleMeta {
  /** kebab-case, stable: configs and reports depend on it. */
  id: string;
  /** One line, for `medlint rules`. */
  description: string;
  /** Severity when a config turns the rule on without saying one. */
  defaultSeverity: Exclude<SeverityName, 'off'>;
  /** Path of the rule's page relative to the package root, e.g. "docs/rules/dangling-citation.md". */
  docs: string;
  /** JSON Schema for the options object (validated when a config sets options). */
  schema?: Record<string, unknown>;
  /** Set when the rule offers fixes, and which kind (for --fix-type). */
  fixable?: FixType;
  hasSuggestions?: boolean;
}

export interface Report {
  message: string;
  range: Range;
  fix?: Fix;
  suggestions?: Suggestion[];
}

export interface RuleContext<Options> {
  /** Defaults merged with what the config set. */
  options: Options;
  report(report: Report): void;
}

export interface Rule<Options extends object = Record<string, unknown>> {
  meta: RuleMeta;
  defaultOptions: Options;
  check(article: Article, context: RuleContext<Options>): void;
}

/** One finding, in ESLint's JSON shape. Lines and columns are 1-based; end is exclusive. */
export interface LintMessage {
  ruleId: string | null;
  severity: SeverityLevel;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** Set on messages about the file itself (front matter that fails to parse, a binary file). */
  fatal?: boolean;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The fixed text, present only when fixes changed it. */
  output?: string;
  /** The text that was linted (for reporters that show context); not serialised by `json`. */
  source?: string;
  /** Article-level numbers for a dashboard (src/engine/evidence.ts); absent for files that could not be read. */
  evidence?: EvidenceSummary;
}

export interface EvidenceSummary {
  /** Body sentences the unsourced-claim classifier considers claims. */
  claims: number;
  /** Claims with a citation, an external link or a named source (or a cited neighbour they carry on from). */
  claimsSourced: number;
  /** claimsSourced / claims, 0–1; null with no claims. */
  shareSourced: number | null;
  /** Citation markers in body text. */
  citations: number;
  /** Markers with a target that resolves to no entry. */
  dangling: number;
  /** Entries of all reference lists. */
  references: number;
  /** Median of (reference date year − entry year), in years; null when no entry has a year. */
  referenceMedianAge: number | null;
  /** `YYYY-MM-DD`: the article's review/update date, or the run's date. */
  referenceDate: string;
  /** Flesch-Kincaid grade of the body's paragraphs; null with no prose. */
  readingGrade: number | null;
}

/** Define a rule with its options type inferred; the same helper user rules use. */
export function defineRule<Options extends object>(rule: Rule<Options>): Rule<Options> {
  return rule;
}
