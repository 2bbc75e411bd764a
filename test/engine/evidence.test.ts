import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summariseEvidence } from '../../src/engine/evidence.js';
import { analyse, lintText } from '../../src/engine/lint.js';

const today = new Date(Date.UTC(2025, 5, 1));
const summary = (source: string, format: 'markdown' | 'text' = 'markdown') => summariseEvidence(analyse(source, format === 'text' ? 'a.txt' : 'a.md', format), { today });

describe('summariseEvidence', () => {
  it('counts claims, sourced claims, citations, dangling markers and references', () => {
    const source = [
      '# Zinc',
      '',
      'Zinc lozenges shorten colds by a day [1]. Studies show zinc prevents flu. Zinc causes nausea in 10% of people [4].',
      '',
      '## References',
      '',
      '1. Halvorsen, P. (2017). Zinc lozenges and colds. *Invented Reviews*, 4, 1–9.',
      '2. Lee, K. (2021). Zinc dose and colds. *Invented Reviews*, 5, 2–3.',
    ].join('\n');
    expect(summary(source)).toEqual({
      claims: 3,
      claimsSourced: 2,
      shareSourced: 0.667,
      citations: 2,
      dangling: 1,
      references: 2,
      referenceMedianAge: 6,
      referenceDate: '2025-06-01',
      readingGrade: expect.any(Number),
    });
  });

  it('measures reference ages from the article’s review date', () => {
    const source = '---\nupdated: 2020-03-01\n---\n\nZinc helped [1].\n\n## References\n\n1. Lee, K. (2010). Zinc and colds. *Reviews*, 5.\n2. Kim, S. (2016). Zinc and flu. *Notes*, 2.\n';
    expect(summary(source)).toMatchObject({ referenceDate: '2020-03-01', referenceMedianAge: 7 });
  });

  it('gives nulls, not zeros, for what cannot be measured', () => {
    expect(summary('')).toEqual({
      claims: 0,
      claimsSourced: 0,
      shareSourced: null,
      citations: 0,
      dangling: 0,
      references: 0,
      referenceMedianAge: null,
      referenceDate: '2025-06-01',
      readingGrade: null,
    });
  });

  it('summarises the seed: sourced claims sit beside markers [1]–[3], none dangle', () => {
    const seed = readFileSync(new URL('../../../shared/seeds/ketamine-for-anxiety.txt', import.meta.url), 'utf8');
    const result = summary(seed, 'text');
    expect(result).toMatchObject({ citations: 3, dangling: 0, references: 3, referenceDate: '2025-06-01', referenceMedianAge: 6 });
    expect(result.claims).toBeGreaterThan(result.claimsSourced);
    expect(result.readingGrade).toBeGreaterThan(8);
  });

  it('is attached to every lint result', () => {
    const result = lintText('Zinc shortens colds [1].\n', { filePath: 'a.md', format: 'markdown', rules: [] });
    expect(result.evidence).toMatchObject({ claims: 1, claimsSourced: 1, citations: 1, dangling: 1, references: 0 });
  });

  it('is left out when the caller does not want it', () => {
    const result = lintText('Zinc shortens colds [1].\n', { filePath: 'a.md', format: 'markdown', rules: [], evidence: false });
    expect(result).not.toHaveProperty('evidence');
  });
});
