/**
 * Precision and recall of medlint's findings against labels. Pure: takes
 * the source, the labels and the findings (as source ranges), returns counts
 * and the cases behind them, so the same scoring serves `npm run eval` and
 * the test that holds the floors.
 */
import type { Range } from '../article/types.js';
import type { ArticleLabels, SentenceLabel } from './labels.js';

export const SCORED_RULES = [
  'unsourced-claim',
  'unhedged-efficacy',
  'dangling-citation',
  'unused-reference',
  'missing-contraindications',
] as const;
export type ScoredRule = (typeof SCORED_RULES)[number];

const SENTENCE_RULES: Partial<Record<ScoredRule, SentenceLabel>> = {
  'unsourced-claim': 'unsourced',
  'unhedged-efficacy': 'unhedged',
};

export interface Finding {
  ruleId: string;
  range: Range;
}

export interface Case {
  rule: ScoredRule;
  kind: 'tp' | 'fp' | 'fn';
  article: string;
  /** What was (or should have been) flagged. */
  text: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function toScores({ tp, fp, fn }: Counts): Scores {
  // With nothing to find and nothing found, a rule is perfect, not undefined.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * @param sentenceOf maps a finding to the sentence it sits in, so two findings
 * in one unlabelled sentence count as one false positive.
 */
export function scoreArticle(
  source: string,
  labels: ArticleLabels,
  findings: Finding[],
  sentenceOf: (range: Range) => Range,
): Case[] {
  const cases: Case[] = [];
  const article = labels.article;
  const quoted = labels.sentences.map((sentence) => {
    const start = source.indexOf(sentence.quote);
    return { ...sentence, range: { start, end: start + sentence.quote.length } };
  });

  for (const [rule, label] of Object.entries(SENTENCE_RULES) as Array<[ScoredRule, SentenceLabel]>) {
    const mine = findings.filter((finding) => finding.ruleId === rule);
    const matched = new Set<number>();
    const falseSentences = new Map<number, Range>();
    for (const finding of mine) {
      let counted = false;
      quoted.forEach((sentence, index) => {
        if (sentence.range.start < 0 || !overlaps(finding.range, sentence.range)) return;
        if (sentence.labels.includes(label)) {
          matched.add(index);
          counted = true;
        } else if (sentence.ambiguous?.includes(label)) {
          counted = true;
        }
      });
      if (!counted) {
        const sentence = sentenceOf(finding.range);
        falseSentences.set(sentence.start, sentence);
      }
    }
    quoted.forEach((sentence, index) => {
      if (!sentence.labels.includes(label)) return;
      cases.push({ rule, kind: matched.has(index) ? 'tp' : 'fn', article, text: sentence.quote });
    });
    for (const range of falseSentences.values()) {
      cases.push({ rule, kind: 'fp', article, text: source.slice(range.start, range.end) });
    }
  }

  // dangling-citation: by marker text, every occurrence of a labelled text counts.
  const danglingFound = new Set(
    findings.filter((f) => f.ruleId === 'dangling-citation').map((f) => source.slice(f.range.start, f.range.end)),
  );
  const danglingAmbiguous = new Set(labels.danglingAmbiguous ?? []);
  for (const marker of labels.dangling) {
    cases.push({ rule: 'dangling-citation', kind: danglingFound.has(marker) ? 'tp' : 'fn', article, text: marker });
  }
  for (const marker of danglingFound) {
    if (!labels.dangling.includes(marker) && !danglingAmbiguous.has(marker)) {
      cases.push({ rule: 'dangling-citation', kind: 'fp', article, text: marker });
    }
  }

  // unused-reference: a finding matches an entry when it covers the quote's start.
  const unusedFindings = findings.filter((f) => f.ruleId === 'unused-reference');
  const usedFindings = new Set<Finding>();
  for (const quote of labels.unused) {
    const start = source.indexOf(quote);
    const hit = unusedFindings.find((f) => overlaps(f.range, { start, end: start + Math.max(1, quote.length) }));
    if (hit) usedFindings.add(hit);
    cases.push({ rule: 'unused-reference', kind: hit ? 'tp' : 'fn', article, text: quote });
  }
  for (const finding of unusedFindings) {
    if (!usedFindings.has(finding)) {
      cases.push({ rule: 'unused-reference', kind: 'fp', article, text: source.slice(finding.range.start, finding.range.end).slice(0, 80) });
    }
  }

  // missing-contraindications: article level.
  const shouldFlag = labels.treatment && labels.safetySection === null;
  const flagged = findings.some((f) => f.ruleId === 'missing-contraindications');
  if (shouldFlag) cases.push({ rule: 'missing-contraindications', kind: flagged ? 'tp' : 'fn', article, text: '(article)' });
  else if (flagged) cases.push({ rule: 'missing-contraindications', kind: 'fp', article, text: '(article)' });

  return cases;
}

export function tally(cases: Case[]): Record<ScoredRule, Scores> {
  const counts = Object.fromEntries(SCORED_RULES.map((rule) => [rule, { tp: 0, fp: 0, fn: 0 }])) as Record<
    ScoredRule,
    Counts
  >;
  for (const item of cases) counts[item.rule][item.kind]++;
  return Object.fromEntries(SCORED_RULES.map((rule) => [rule, toScores(counts[rule])])) as Record<ScoredRule, Scores>;
}
