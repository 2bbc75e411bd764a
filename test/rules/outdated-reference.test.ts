import { describe, expect, it } from 'vitest';
import rule from '../../rules/outdated-reference.js';
import { flaggedTexts, runRule, ruleFixtures } from '../helpers/rule-tester.js';

const today = '2025-06-01';
const cited = (year: number) => `Magnesium helped [1].\n\n## References\n\n1. Pearce-Hale, A. (${year}). Oral magnesium for migraine. *Headache Practice*, 16, 257–263.\n`;

describe('outdated-reference', () => {
  describe('stays quiet', () => {
    it.each([
      ['exactly maxAge years old', cited(2015)],
      ['a recent entry', cited(2022)],
      ['an entry with no year', 'Magnesium helped [1].\n\n## References\n\n1. NHS. Migraine. https://www.nhs.uk/conditions/migraine/\n'],
      ['no references at all', 'Magnesium is a mineral.'],
    ])('%s', (_name, source) => expect(runRule(rule, source, { options: { today } })).toEqual([]));
  });

  it('flags an entry older than maxAge at its first line', () => {
    expect(flaggedTexts(rule, cited(2014), { options: { today } })).toEqual(['Pearce-Hale, A. (2014). Oral magnesium for migraine. *Headache Practice*, 16, 257–263.']);
  });

  it('measures from the article’s review date before today', () => {
    const source = `---\nlastReviewed: 2019-05-01\n---\n\n${cited(2008)}`;
    expect(runRule(rule, source, { options: { today } })).toHaveLength(1);
    expect(runRule(rule, `---\nlastReviewed: 2017-05-01\n---\n\n${cited(2008)}`, { options: { today } })).toEqual([]);
    const [report] = runRule(rule, source, { options: { today } });
    expect(report?.message).toBe(
      'Reference 1 ("Pearce-Hale, A. (2008). Oral magnesium …") is from 2008, 11 years before the article\'s date (lastReviewed: 2019-05-01): check for newer evidence, or keep it if it is a classic and say why.',
    );
  });

  it('reads a byline date such as "Page last reviewed"', () => {
    expect(runRule(rule, `${cited(2008)}\nPage last reviewed: 3 March 2017\n`, { options: { today } })).toEqual([]);
  });

  it('honours maxAge and allow', () => {
    expect(runRule(rule, cited(2020), { options: { today, maxAge: 3 } })).toHaveLength(1);
    expect(runRule(rule, cited(1990), { options: { today, allow: ['pearce-hale'] } })).toEqual([]);
  });

  it('measures from the day of the run when neither is given', () => {
    expect(runRule(rule, cited(new Date().getUTCFullYear() - 11))).toHaveLength(1);
  });

  describe('fixtures', () => {
    it.each(ruleFixtures('outdated-reference', 'flag'))('flag/%s is flagged once', (_file, source, format) =>
      expect(runRule(rule, source, { format, options: { today } })).toHaveLength(1),
    );
    it.each(ruleFixtures('outdated-reference', 'quiet'))('quiet/%s stays quiet', (_file, source, format) =>
      expect(runRule(rule, source, { format, options: { today } })).toEqual([]),
    );
  });
});
