/**
 * Precision and recall of the evidence-language rules on their own labelled
 * set (fixtures/eval-evidence, label names = rule ids), held to floors. The
 * scoring is the sentence-level half of src/eval/score.ts, kept small and
 * local: a finding on a labelled sentence is a hit, on an ambiguous one is
 * neither, anywhere else a false alarm (one per sentence).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import animalStudyGeneralized from '../../rules/animal-study-generalized.js';
import causalOverreach from '../../rules/causal-overreach.js';
import diseaseClaimForSupplement from '../../rules/disease-claim-for-supplement.js';
import hypeTerm from '../../rules/hype-term.js';
import relativeRiskWithoutBaseline from '../../rules/relative-risk-without-baseline.js';
import type { Range } from '../../src/article/types.js';
import { analyse } from '../../src/engine/lint.js';
import type { Rule } from '../../src/engine/types.js';

const rules = [hypeTerm, animalStudyGeneralized, causalOverreach, relativeRiskWithoutBaseline, diseaseClaimForSupplement] as Rule<any>[];
const ruleIds = rules.map((rule) => rule.meta.id);

/** Floors a change must not drop below; raise them when the rules improve. */
const floors: Record<string, { precision: number; recall: number }> = {
  'hype-term': { precision: 1, recall: 1 },
  'animal-study-generalized': { precision: 1, recall: 1 },
  // Misses a causal headline whose design comes only in later sentences, and a conclusion that names no shared condition.
  'causal-overreach': { precision: 1, recall: 0.3 },
  'relative-risk-without-baseline': { precision: 1, recall: 1 },
  'disease-claim-for-supplement': { precision: 1, recall: 0.8 },
};

interface LabelledSentence {
  quote: string;
  labels: string[];
  ambiguous?: string[];
}

interface EvidenceLabels {
  article: string;
  sentences: LabelledSentence[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  missed: string[];
  falseAlarms: string[];
}

const dir = new URL('../../fixtures/eval-evidence/', import.meta.url).pathname;
const labelFiles = readdirSync(dir).filter((name) => name.endsWith('.json')).sort();

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

function score(): Record<string, Counts> {
  const counts = Object.fromEntries(ruleIds.map((id) => [id, { tp: 0, fp: 0, fn: 0, missed: [], falseAlarms: [] } as Counts]));
  for (const labelFile of labelFiles) {
    const labels = JSON.parse(readFileSync(join(dir, labelFile), 'utf8')) as EvidenceLabels;
    const source = readFileSync(join(dir, labels.article), 'utf8');
    const article = analyse(source, labels.article, labels.article.endsWith('.txt') ? 'text' : 'markdown');
    const quoted = labels.sentences.map((sentence) => {
      const start = source.indexOf(sentence.quote);
      return { ...sentence, range: { start, end: start + sentence.quote.length } };
    });
    for (const rule of rules) {
      const id = rule.meta.id;
      const tally = counts[id] as Counts;
      const found: Range[] = [];
      rule.check(article, { options: rule.defaultOptions, report: (report) => found.push(report.range) });
      const matched = new Set<number>();
      const falseSentences = new Set<string>();
      for (const range of found) {
        let counted = false;
        quoted.forEach((sentence, index) => {
          if (!overlaps(range, sentence.range)) return;
          if (sentence.labels.includes(id)) matched.add(index);
          if (sentence.labels.includes(id) || sentence.ambiguous?.includes(id)) counted = true;
        });
        if (counted) continue;
        const sentence = article.sentences.find((item) => item.range.start <= range.start && range.start < item.range.end);
        falseSentences.add(sentence?.text ?? source.slice(range.start, range.end));
      }
      quoted.forEach((sentence, index) => {
        if (!sentence.labels.includes(id)) return;
        if (matched.has(index)) tally.tp++;
        else {
          tally.fn++;
          tally.missed.push(`${labels.article}: ${sentence.quote}`);
        }
      });
      tally.fp += falseSentences.size;
      tally.falseAlarms.push(...[...falseSentences].map((text) => `${labels.article}: ${text}`));
    }
  }
  return counts;
}

describe('evidence-language rules on fixtures/eval-evidence', () => {
  it.each(labelFiles)('%s names its article, uses rule ids and quotes each sentence exactly once', (labelFile) => {
    const labels = JSON.parse(readFileSync(join(dir, labelFile), 'utf8')) as EvidenceLabels;
    expect(`${labels.article}.json`).toBe(labelFile);
    const source = readFileSync(join(dir, labels.article), 'utf8');
    for (const sentence of labels.sentences) {
      expect(source.split(sentence.quote).length - 1, sentence.quote).toBe(1);
      for (const label of [...sentence.labels, ...(sentence.ambiguous ?? [])]) expect(ruleIds).toContain(label);
    }
  });

  const counts = score();
  it.each(ruleIds)('%s holds its precision and recall floors', (id) => {
    const { tp, fp, fn, missed, falseAlarms } = counts[id] as Counts;
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const floor = floors[id] ?? { precision: 1, recall: 1 };
    expect(tp + fn, `${id} has labelled cases`).toBeGreaterThan(0);
    expect(precision, `${id} precision; false alarms:\n${falseAlarms.join('\n')}`).toBeGreaterThanOrEqual(floor.precision);
    expect(recall, `${id} recall; missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(floor.recall);
  });
});
