import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/disease-claim-for-supplement.js';
import { flaggedTexts, runRule } from '../helpers/rule-tester.js';

describe('disease-claim-for-supplement', () => {
  describe('stays quiet', () => {
    it.each([
      ['a structure/function claim', 'Elderberry supports a healthy immune system.'],
      ['a nutrient deficiency', 'Vitamin D supplements can help prevent deficiency.'],
      ['a trial result with numbers', 'In a 2019 trial of 120 adults, elderberry prevented colds in 40% of people.'],
      ['a modal', 'Zinc may shorten colds if taken early.'],
      ['a hedging frame', 'Studies suggest zinc prevents colds.'],
      ['a denial', 'No supplement can cure cancer.'],
      ['a reported claim', 'Some sellers claim that turmeric cures cancer.'],
      ['an indirect question', 'One study tested whether cannabidiol can be used to fight cancer cells.'],
      ['a drug, not a supplement', 'Doctors treat arthritis with steroids.'],
      ['a question', 'Does turmeric cure arthritis?'],
      ['advice to the reader', 'Talk to your doctor before you use garlic to treat high blood pressure.'],
      ['a pronoun in an article not about a supplement', '# Knee pain\n\nIt also prevents heart disease.'],
      ['how people use it', 'Many people using CBD to treat neurological disorders still take their prescribed medicines.'],
      ['an ordinary state, not a disease', 'Ashwagandha fights stress and tiredness.'],
    ])('%s', (_name, source) => expect(runRule(rule, source)).toEqual([]));
  });

  describe('flags the verb', () => {
    it.each([
      ['a named herb', 'Turmeric cures arthritis.', ['cures']],
      ['a supplement and two diseases', 'Elderberry fights colds and flu.', ['fights']],
      ['a product word', 'These gummies help prevent the flu.', ['help prevent']],
      ['a pronoun in a supplement article', '# Magnesium for sleep\n\nIt also prevents heart disease.', ['prevents']],
      ['a benefit bullet in a supplement article', '# Elderberry gummies\n\n- Fights colds and flu\n- Tastes of berries', ['Fights']],
      ['"can" keeps the claim', 'Garlic can treat high blood pressure.', ['treat']],
      ['a site product from the options', 'Immunoboost wards off flu.', ['wards off'], { products: ['Immunoboost'] }],
    ])('%s', (_name, source, expected, options?: Record<string, unknown>) => expect(flaggedTexts(rule, source, { options })).toEqual(expected));
  });

  it('says what the claim is and what to write instead', () => {
    const [report] = runRule(rule, 'Elderberry fights colds and flu.');
    expect(report?.message).toBe(
      '"fights" … "colds" says "Elderberry" treats or prevents a disease, a drug claim under FDA and FTC rules: report what studies found ("in a 2020 trial of 200 adults, ...") or describe a structure/function effect, and cite it.',
    );
  });

  describe('fixtures', () => {
    const root = new URL('../../fixtures/rules/disease-claim-for-supplement/', import.meta.url).pathname;
    const run = (kind: string, file: string) =>
      runRule(rule, readFileSync(join(root, kind, file), 'utf8'), { format: file.endsWith('.txt') ? 'text' : 'markdown' });
    it.each(readdirSync(join(root, 'flag')))('flag/%s is flagged once', (file) => expect(run('flag', file)).toHaveLength(1));
    it.each(readdirSync(join(root, 'quiet')))('quiet/%s stays quiet', (file) => expect(run('quiet', file)).toEqual([]));
  });
});
