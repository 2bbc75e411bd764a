import { describe, expect, it } from 'vitest';
import rule from '../../rules/missing-review-info.js';
import { flaggedTexts, runRule, ruleFixtures } from '../helpers/rule-tester.js';

const today = '2025-06-01';
const body = 'Zinc lozenges may shorten a cold by about a day.\n';
const run = (source: string, options: Record<string, unknown> = {}) => runRule(rule, source, { options: { today, ...options } });

describe('missing-review-info', () => {
  describe('stays quiet', () => {
    it.each([
      ['front matter keys', `---\nauthor: Dana Whitlock\nreviewedBy: Dr Amir Haddad\nlastReviewed: 2025-01-10\n---\n\n${body}`],
      ['snake_case keys and a list of authors', `---\nauthors: [Dana Whitlock]\nmedical_reviewer: Dr Amir Haddad\nupdated: "2024-09-01"\n---\n\n${body}`],
      ['one byline line', `# Zinc\n\nBy Dana Whitlock · Medically reviewed by Dr Amir Haddad · Updated 12 January 2025\n\n${body}`],
      ['bylines at the end', `# Zinc\n\n${body}\nWritten by Dana Whitlock.\nFact-checked by Amir Haddad.\nLast updated: March 1, 2025\n`],
      ['a next-review date that is not a review date', `---\nauthor: A\nreviewer: B\n---\n\n${body}\nPage last reviewed: 3 March 2024. Next review due: 3 March 2027.\n`],
      ['an empty article', ''],
    ])('%s', (_name, source) => expect(run(source)).toEqual([]));
  });

  it('names everything missing in one message at the title', () => {
    const [report, ...rest] = run(`# Zinc\n\n${body}`);
    expect(rest).toEqual([]);
    expect(report?.message).toBe(
      'The article does not say who wrote it, who reviewed it medically or when it was last reviewed or updated: add a byline or front matter (author, reviewedBy, lastReviewed) so readers can judge it.',
    );
    expect(flaggedTexts(rule, `# Zinc\n\n${body}`, { options: { today } })).toEqual(['# Zinc']);
  });

  it('lets a project drop the reviewer requirement', () => {
    const source = `---\nauthor: Dana\nupdated: 2025-01-01\n---\n\n${body}`;
    expect(run(source)).toHaveLength(1);
    expect(run(source, { requireReviewer: false })).toEqual([]);
  });

  it('flags a review date older than maxMonths, at the date', () => {
    const source = `---\nauthor: A\nreviewer: B\nlastReviewed: 2022-05-01\n---\n\n${body}`;
    expect(flaggedTexts(rule, source, { options: { today } })).toEqual(['lastReviewed: 2022-05-01']);
    const [report] = run(source);
    expect(report?.message).toBe(
      'The article was last reviewed on 2022-05-01, 37 months before 2025-06-01 (more than 24): review it against current evidence and update the date.',
    );
    expect(run(source, { maxMonths: 48 })).toEqual([]);
  });

  it('prefers the latest review or update over a publication date', () => {
    const source = `---\nauthor: A\nreviewer: B\ndate: 2015-01-01\nupdated: 2025-02-01\n---\n\n${body}`;
    expect(run(source)).toEqual([]);
  });

  describe('fixtures', () => {
    it.each(ruleFixtures('missing-review-info', 'flag'))('flag/%s is flagged once', (_file, source) =>
      expect(run(source)).toHaveLength(1),
    );
    it.each(ruleFixtures('missing-review-info', 'quiet'))('quiet/%s stays quiet', (_file, source) =>
      expect(run(source)).toEqual([]),
    );
  });
});
