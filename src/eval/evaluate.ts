/** Run medlint's default rules over a labelled directory and score it. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { builtinRules } from '../../rules/index.js';
import { presets } from '../../rules/presets.js';
import type { Range } from '../article/types.js';
import { analyse } from '../engine/lint.js';
import { runRules, type ConfiguredRule } from '../engine/run-rules.js';
import { formatFromPath } from '../parse/index.js';
import { type ArticleLabels, checkLabels, checkQuotes } from './labels.js';
import { type Case, type Finding, scoreArticle, tally } from './score.js';

export interface Evaluation {
  articles: number;
  cases: Case[];
  scores: ReturnType<typeof tally>;
  /** Label files that could not be used, and why. */
  problems: string[];
}

/** One label file read and checked, with the article it labels. */
export interface LabelledArticle {
  labelFile: string;
  labels: ArticleLabels;
  articlePath: string;
  source: string;
}

function recommendedRules(): ConfiguredRule[] {
  const configured: ConfiguredRule[] = [];
  for (const rule of builtinRules) {
    const setting = presets.recommended[rule.meta.id];
    if (setting === undefined) continue;
    const severity = Array.isArray(setting) ? setting[0] : setting;
    if (severity === 'off') continue;
    const options = Array.isArray(setting) ? setting[1] : {};
    configured.push({ rule, severity, options: { ...rule.defaultOptions, ...options } });
  }
  return configured;
}

/**
 * Reads every `<article>.json` in labelDir, checks its shape and quotes, and
 * pairs it with its article. Files that cannot be used go to `problems`.
 */
export function readLabelledArticles(
  labelDir: string,
  articleDir: string = labelDir,
): { articles: LabelledArticle[]; problems: string[] } {
  const articles: LabelledArticle[] = [];
  const problems: string[] = [];
  const labelFiles = readdirSync(labelDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const labelFile of labelFiles) {
    let labels: ArticleLabels;
    try {
      const data: unknown = JSON.parse(readFileSync(join(labelDir, labelFile), 'utf8'));
      const shape = checkLabels(data);
      if (shape.length > 0) {
        problems.push(`${labelFile}: ${shape.join('; ')}`);
        continue;
      }
      labels = data as ArticleLabels;
    } catch (error) {
      problems.push(`${labelFile}: ${(error as Error).message}`);
      continue;
    }
    const articlePath = join(articleDir, basename(labels.article));
    if (!existsSync(articlePath)) {
      problems.push(`${labelFile}: article ${articlePath} not found`);
      continue;
    }
    const source = readFileSync(articlePath, 'utf8').replace(/^\uFEFF/, '');
    const quoteProblems = checkQuotes(labels, source);
    if (quoteProblems.length > 0) problems.push(`${labelFile}: ${quoteProblems.join('; ')}`);
    articles.push({ labelFile, labels, articlePath, source });
  }
  return { articles, problems };
}

/**
 * @param labelDir folder of `<article>.json` label files
 * @param articleDir where the articles are (default: beside the labels)
 */
export function evaluate(labelDir: string, articleDir: string = labelDir): Evaluation {
  const rules = recommendedRules();
  const cases: Case[] = [];
  const { articles, problems } = readLabelledArticles(labelDir, articleDir);
  for (const { labels, articlePath, source } of articles) {
    const article = analyse(source, articlePath, formatFromPath(articlePath) ?? 'markdown');
    const findings: Finding[] = runRules(article, rules).map((message) => ({
      ruleId: message.ruleId ?? '',
      range: {
        start: article.lines.offsetAt({ line: message.line, column: message.column }),
        end: article.lines.offsetAt({ line: message.endLine, column: message.endColumn }),
      },
    }));
    const sentenceOf = (range: Range): Range =>
      article.sentences.find((s) => s.range.start <= range.start && range.start < s.range.end)?.range ?? range;
    cases.push(...scoreArticle(source, labels, findings, sentenceOf));
  }
  return { articles: articles.length, cases, scores: tally(cases), problems };
}
