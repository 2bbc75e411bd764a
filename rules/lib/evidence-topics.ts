/**
 * What a piece of text is about, in the two terms a source must share with
 * the claim it supports: conditions (families from evidence-conditions.txt)
 * and populations (groups from evidence-populations.txt). Pure: strings in,
 * family and group names out.
 */
import { compilePhrases, type PhraseMatcher } from '../../src/words/matcher.js';
import { loadWordList } from '../../src/words/wordlist.js';

interface TermFamilies {
  matcher: PhraseMatcher;
  /** Lower-cased phrase → the family's first name. */
  familyOf: Map<string, string>;
}

/** Lines of "first | second | third": each line is one family named by its first entry. */
export function compileFamilies(lines: readonly string[]): TermFamilies {
  const familyOf = new Map<string, string>();
  for (const line of lines) {
    const names = line
      .split('|')
      .map((name) => name.trim())
      .filter(Boolean);
    const family = names[0];
    if (family === undefined) continue;
    for (const name of names) familyOf.set(name.toLowerCase(), family);
  }
  return { matcher: compilePhrases([...familyOf.keys()]), familyOf };
}

const builtInConditions = loadWordList('evidence-conditions').phrases;
const populations = compileFamilies(loadWordList('evidence-populations').phrases);
const safetyContext = compilePhrases(loadWordList('evidence-safety-context').phrases);

/**
 * Text about harms ("side effects include headache", "do not take it if you
 * have liver disease"): the conditions it names are not what a claim is about.
 */
export function isSafetyContext(text: string): boolean {
  return safetyContext.test(text);
}

function familiesIn(text: string, families: TermFamilies): Set<string> {
  const found = new Set<string>();
  for (const match of families.matcher.matchAll(text.replace(/[’‘]/g, "'"))) {
    const family = families.familyOf.get(match.phrase.toLowerCase());
    if (family !== undefined) found.add(family);
  }
  return found;
}

/**
 * Which population groups can stand for which: a study "in adults" supports a
 * claim about older adults or women, but not one about children.
 */
const COMPATIBLE: Readonly<Record<string, readonly string[]>> = {
  children: ['children'],
  adults: ['adults', 'older adults', 'women', 'men', 'pregnancy'],
  'older adults': ['older adults', 'adults', 'women', 'men'],
  pregnancy: ['pregnancy', 'women', 'adults'],
  women: ['women', 'adults', 'older adults', 'pregnancy'],
  men: ['men', 'adults', 'older adults'],
};

export interface TopicReader {
  conditions(text: string): Set<string>;
  populations(text: string): Set<string>;
}

/** A reader for the built-in condition families plus `extraConditions` lines ("long covid | post-covid"). */
export function createTopicReader(extraConditions: readonly string[] = []): TopicReader {
  const conditions = compileFamilies([...builtInConditions, ...extraConditions]);
  return {
    conditions: (text) => familiesIn(text, conditions),
    populations: (text) => familiesIn(text, populations),
  };
}

export const builtInTopicReader = createTopicReader();

/** True when the two sets name something and share nothing. */
export function conditionsDisjoint(claim: ReadonlySet<string>, source: ReadonlySet<string>): boolean {
  if (claim.size === 0 || source.size === 0) return false;
  for (const family of claim) if (source.has(family)) return false;
  return true;
}

/** True when both name a population and no source group can stand for any claim group. */
export function populationsIncompatible(claim: ReadonlySet<string>, source: ReadonlySet<string>): boolean {
  if (claim.size === 0 || source.size === 0) return false;
  for (const group of claim) {
    const accepted = COMPATIBLE[group] ?? [group];
    for (const studied of source) if (accepted.includes(studied)) return false;
  }
  return true;
}
