/**
 * `medlint-suppressions.json`: reading (with validation), and writing with
 * sorted keys so the file diffs well in review.
 *
 * {
 *   "articles/zinc.md": {                       // relative to the file's folder, / separators
 *     "unsourced-claim": {
 *       "count": 2,                             // total, for readers; `texts` decides
 *       "texts": { "Zinc cures colds.": 2 }     // normalised flagged text → occurrences
 *     }
 *   }
 * }
 *
 * An entry with a `count` and no `texts` (ESLint's shape) suppresses the
 * first `count` findings of that rule in the file, whatever they flag.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../files/write-atomic.js';

export interface RuleSuppression {
  count: number;
  texts?: Record<string, number>;
}

/** File (relative path) → rule id → suppression. */
export type Suppressions = Record<string, Record<string, RuleSuppression>>;

export const DEFAULT_SUPPRESSIONS_FILE = 'medlint-suppressions.json';

/** An unreadable or malformed suppressions file: exit 2, naming it. */
export class SuppressionsError extends Error {}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function validateSuppressions(data: unknown, location: string): Suppressions {
  const fail = (where: string, what: string): never => {
    throw new SuppressionsError(`${location}: ${where}: ${what}`);
  };
  if (!isPlainObject(data)) fail('top level', 'expected an object of files');
  const suppressions: Suppressions = {};
  for (const [file, rules] of Object.entries(data as Record<string, unknown>)) {
    if (!isPlainObject(rules)) fail(`"${file}"`, 'expected an object of rules');
    suppressions[file] = {};
    for (const [ruleId, entry] of Object.entries(rules as Record<string, unknown>)) {
      const where = `"${file}" › "${ruleId}"`;
      if (!isPlainObject(entry)) fail(where, 'expected { "count": n, "texts": {...} }');
      const { count, texts } = entry as Record<string, unknown>;
      if (!isCount(count)) fail(where, '"count" must be a whole number ≥ 0');
      const suppression: RuleSuppression = { count: count as number };
      if (texts !== undefined) {
        if (!isPlainObject(texts)) fail(where, '"texts" must map flagged text to a count');
        for (const [text, times] of Object.entries(texts as Record<string, unknown>)) {
          if (!isCount(times)) fail(where, `"texts" › "${text}" must be a whole number ≥ 0`);
        }
        suppression.texts = { ...(texts as Record<string, number>) };
      }
      (suppressions[file] as Record<string, RuleSuppression>)[ruleId] = suppression;
    }
  }
  return suppressions;
}

/** null when there is no file yet. */
export async function readSuppressions(location: string): Promise<Suppressions | null> {
  let text: string;
  try {
    text = await readFile(location, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new SuppressionsError(`cannot read ${location}: ${(error as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new SuppressionsError(`${location} is not valid JSON: ${(error as Error).message}`);
  }
  return validateSuppressions(data, location);
}

function byKey<T>(record: Record<string, T>): [string, T][] {
  return Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Sorted, with empty rules and files dropped. */
export function serialiseSuppressions(suppressions: Suppressions): string {
  const sorted: Suppressions = {};
  for (const [file, rules] of byKey(suppressions)) {
    const sortedRules: Record<string, RuleSuppression> = {};
    for (const [ruleId, suppression] of byKey(rules)) {
      if (suppression.count <= 0) continue;
      sortedRules[ruleId] = suppression.texts
        ? { count: suppression.count, texts: Object.fromEntries(byKey(suppression.texts).filter(([, times]) => times > 0)) }
        : { count: suppression.count };
    }
    if (Object.keys(sortedRules).length > 0) sorted[file] = sortedRules;
  }
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export async function writeSuppressions(location: string, suppressions: Suppressions): Promise<void> {
  try {
    await mkdir(dirname(location), { recursive: true });
    await writeFileAtomic(location, serialiseSuppressions(suppressions));
  } catch (error) {
    throw new SuppressionsError(`cannot write ${location}: ${(error as Error).message}`);
  }
}
