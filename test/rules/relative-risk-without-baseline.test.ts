import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import rule from '../../rules/relative-risk-without-baseline.js';
import { findRelativeRisks, hasAbsoluteFigure } from '../../rules/lib/risk-figures.js';
import { flaggedTexts, runRule } from '../helpers/rule-tester.js';

describe('relative-risk-without-baseline', () => {
  describe('stays quiet', () => {
    it.each([
      ['"from ... to ..." in the sentence', 'Aspirin halved the risk of a second stroke, from 4 in 100 to 2 in 100.'],
      ['a rate per 1,000', 'The vaccine cut the risk of shingles by 90%, to about 1 case per 1,000 people a year.'],
      ['the groups in the next sentence', 'Statins lowered the risk of heart attack by 25%. Over five years, 3% of people on a statin had one, compared with 4% on placebo.'],
      ['the absolute risk named', 'You are 50% less likely to have a heart attack, though the absolute risk was small to begin with.'],
      ['percentage points', 'The drug cut the risk of fracture by a third, or 2 percentage points.'],
      ['no relative figure', 'Statins lower cholesterol.'],
      ['a reduction in pain, not in risk', 'Most patients reported a 30% reduction in pain.'],
      ['a question', 'Does it really halve the risk of a stroke?'],
      ['window 0 ignores the next sentence, window 1 reads it', 'Statins lowered the risk of heart attack by 25%. In the trial, 3% of people on a statin had one, compared with 4% on placebo.'],
    ])('%s', (_name, source) => expect(runRule(rule, source)).toEqual([]));
  });

  describe('flags the relative figure', () => {
    it.each([
      ['"cut the risk ... by 20%"', 'Semaglutide cut the risk of heart attack and stroke by 20%.', ['cut the risk of heart attack and stroke by 20%']],
      ['"a 12% lower risk"', 'Coffee drinkers had a 12% lower risk of atrial fibrillation.', ['12% lower risk']],
      ['"twice as likely"', 'Smokers are twice as likely to get gum disease.', ['twice as likely']],
      ['"five times more likely"', 'People with AF are up to five times more likely to have a stroke.', ['five times more likely']],
      ['"halves the risk"', 'Daily walking halves the risk of dementia.', ['halves the risk']],
      ['"50% less likely"', 'You are 50% less likely to have an event if you take a statin.', ['50% less likely']],
      ['a hedged relative figure', 'The drug may cut the risk of stroke by 30%.', ['cut the risk of stroke by 30%']],
    ])('%s', (_name, source, expected) => expect(flaggedTexts(rule, source)).toEqual(expected));
  });

  it('reads only the sentence itself with window 0', () => {
    const source = 'Statins lowered the risk of heart attack by 25%. In the trial, 3% of people on a statin had one, compared with 4% on placebo.';
    expect(flaggedTexts(rule, source, { options: { window: 0 } })).toEqual(['lowered the risk of heart attack by 25%']);
  });

  it('says why the baseline matters', () => {
    const [report] = runRule(rule, 'Smokers are twice as likely to get gum disease.');
    expect(report?.message).toBe(
      '"twice as likely" is a relative change: give the absolute risk it changes (e.g. "from 4 in 100 to 2 in 100") so readers can judge how big the effect is.',
    );
  });

  it('finds figures and baselines in plain strings', () => {
    expect(findRelativeRisks('It doubled their risk of falls and made them three times more likely to fall.').map((f) => f.text)).toEqual([
      'doubled their risk',
      'three times more likely',
    ]);
    expect(hasAbsoluteFigure('one in every 1,000 people')).toBe(true);
    expect(hasAbsoluteFigure('from 4% to 2%')).toBe(true);
    expect(hasAbsoluteFigure('a 40% lower risk')).toBe(false);
  });

  describe('fixtures', () => {
    const root = new URL('../../fixtures/rules/relative-risk-without-baseline/', import.meta.url).pathname;
    const run = (kind: string, file: string) =>
      runRule(rule, readFileSync(join(root, kind, file), 'utf8'), { format: file.endsWith('.txt') ? 'text' : 'markdown' });
    it.each(readdirSync(join(root, 'flag')))('flag/%s is flagged once', (file) => expect(run('flag', file)).toHaveLength(1));
    it.each(readdirSync(join(root, 'quiet')))('quiet/%s stays quiet', (file) => expect(run('quiet', file)).toEqual([]));
  });
});
