import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareLabellers } from '../../src/eval/agreement.js';
import type { ArticleLabels } from '../../src/eval/labels.js';
import { projectRoot } from '../cli/run-cli.js';

const ARTICLE = '01-magnesium-sleep-shop.md';
const reference = JSON.parse(readFileSync(join(projectRoot, 'fixtures', 'eval', `${ARTICLE}.json`), 'utf8')) as ArticleLabels;
const scratch = mkdtempSync(join(tmpdir(), 'medlint-agreement-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let runs = 0;
/** Writes the reference and a second labeller's file to a fresh pair of folders and compares them. */
function compare(second: ArticleLabels) {
  const run = join(scratch, String(runs++));
  const [referenceDir, otherDir] = [join(run, 'reference'), join(run, 'other')];
  for (const [dir, labels] of [
    [referenceDir, reference],
    [otherDir, second],
  ] as const) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${ARTICLE}.json`), JSON.stringify(labels));
  }
  copyFileSync(join(projectRoot, 'fixtures', 'eval', ARTICLE), join(run, ARTICLE));
  return compareLabellers(referenceDir, otherDir, run);
}

describe('agreement between two labellers', () => {
  it('is perfect when the second labeller agrees on every call', () => {
    const { articles, scores } = compare(reference);
    expect(articles).toBe(1);
    for (const score of Object.values(scores)) {
      expect(score.fp).toBe(0);
      expect(score.fn).toBe(0);
    }
  });

  it('counts a sentence the second labeller left out as a miss, and an extra one as a false alarm', () => {
    const sentences = reference.sentences.filter((s) => !s.quote.startsWith('Studies show'));
    sentences.push({ quote: 'Take two capsules with a glass of water 30 to 60 minutes before bed.', labels: ['unhedged'] });
    const { scores } = compare({ ...reference, sentences });
    expect(scores['unsourced-claim'].fn).toBe(1);
    expect(scores['unhedged-efficacy'].fp).toBe(1);
  });

  it('leaves out sentences the second labeller calls ambiguous', () => {
    const sentences = reference.sentences.map((s) =>
      s.quote.startsWith('Studies show') ? { quote: s.quote, labels: [], ambiguous: ['unsourced' as const] } : s,
    );
    const { scores } = compare({ ...reference, sentences });
    expect(scores['unsourced-claim'].fn).toBe(0);
    expect(scores['unsourced-claim'].tp).toBe(reference.sentences.filter((s) => s.labels.includes('unsourced')).length - 1);
  });

  it('compares the article-level calls: treatment and safety section, dangling markers', () => {
    const { scores } = compare({ ...reference, safetySection: 'Side effects', dangling: [] });
    expect(scores['missing-contraindications'].fn).toBe(1);
    expect(scores['dangling-citation'].fn).toBe(1);
  });
});
