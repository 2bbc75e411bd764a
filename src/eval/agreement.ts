/**
 * How far two labellers agree: the second labeller's labels are scored as if
 * they were a tool's findings against the first's, with the same scorer that
 * scores medlint. This is the ceiling the accuracy targets should be read
 * against: a tool cannot be measured as more right than the labels are.
 */
import { basename, join } from 'node:path';
import type { Range } from '../article/types.js';
import { type Evaluation, readLabelledArticles } from './evaluate.js';
import type { ArticleLabels, SentenceLabel } from './labels.js';
import { type Case, type Finding, type ScoredRule, scoreArticle, tally } from './score.js';

const RULE_OF_LABEL: Record<SentenceLabel, ScoredRule> = {
  unsourced: 'unsourced-claim',
  unhedged: 'unhedged-efficacy',
};

function rangeOf(source: string, quote: string): Range | null {
  const start = source.indexOf(quote);
  return start === -1 ? null : { start, end: start + Math.max(1, quote.length) };
}

/** A labeller's sure labels, read as findings. Their ambiguous calls are not findings. */
export function findingsFromLabels(labels: ArticleLabels, source: string): Finding[] {
  const findings: Finding[] = [];
  for (const sentence of labels.sentences) {
    const range = rangeOf(source, sentence.quote);
    if (range === null) continue;
    for (const label of sentence.labels) findings.push({ ruleId: RULE_OF_LABEL[label], range });
  }
  for (const marker of labels.dangling) {
    const range = rangeOf(source, marker);
    if (range !== null) findings.push({ ruleId: 'dangling-citation', range });
  }
  for (const quote of labels.unused) {
    const range = rangeOf(source, quote);
    if (range !== null) findings.push({ ruleId: 'unused-reference', range });
  }
  if (labels.treatment && labels.safetySection === null) {
    findings.push({ ruleId: 'missing-contraindications', range: { start: 0, end: 1 } });
  }
  return findings;
}

/**
 * Sentences either labeller calls ambiguous are left out of the comparison
 * (the other's ambiguous calls become the reference's), so only the calls
 * both made count.
 */
function withTheirAmbiguity(reference: ArticleLabels, other: ArticleLabels, source: string): ArticleLabels {
  const sentences = reference.sentences.map((sentence) => ({
    quote: sentence.quote,
    labels: [...sentence.labels],
    ambiguous: [...(sentence.ambiguous ?? [])],
  }));
  for (const theirs of other.sentences) {
    if (!theirs.ambiguous?.length) continue;
    const range = rangeOf(source, theirs.quote);
    if (range === null) continue;
    const overlapping = sentences.filter((mine) => {
      const own = rangeOf(source, mine.quote);
      return own !== null && own.start < range.end && range.start < own.end;
    });
    if (overlapping.length === 0) sentences.push({ quote: theirs.quote, labels: [], ambiguous: [...theirs.ambiguous] });
    for (const mine of overlapping) {
      for (const label of theirs.ambiguous) {
        mine.labels = mine.labels.filter((own) => own !== label);
        if (!mine.ambiguous.includes(label)) mine.ambiguous.push(label);
      }
    }
  }
  const danglingAmbiguous = [...new Set([...(reference.danglingAmbiguous ?? []), ...(other.danglingAmbiguous ?? [])])];
  return { ...reference, sentences, danglingAmbiguous };
}

/**
 * Scores the labels in otherDir against those in referenceDir, article by
 * article, for the articles both label.
 */
export function compareLabellers(referenceDir: string, otherDir: string, articleDir: string): Evaluation {
  const reference = readLabelledArticles(referenceDir, articleDir);
  const other = readLabelledArticles(otherDir, articleDir);
  const theirs = new Map(other.articles.map((item) => [basename(item.labels.article), item.labels]));
  const cases: Case[] = [];
  let articles = 0;
  for (const { labels, source } of reference.articles) {
    const otherLabels = theirs.get(basename(labels.article));
    if (otherLabels === undefined) continue;
    const findings = findingsFromLabels(otherLabels, source);
    // A false alarm is counted once per quoted sentence of the other labeller.
    cases.push(...scoreArticle(source, withTheirAmbiguity(labels, otherLabels, source), findings, (range) => range));
    articles++;
  }
  const problems = [
    ...reference.problems.map((problem) => `${join(referenceDir, problem)}`),
    ...other.problems.map((problem) => `${join(otherDir, problem)}`),
  ];
  return { articles, cases, scores: tally(cases), problems };
}
