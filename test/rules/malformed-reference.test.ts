import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identifierProblems } from '../../rules/lib/references-identifiers.js';
import rule from '../../rules/malformed-reference.js';
import { flaggedTexts, runRule, ruleFixtures } from '../helpers/rule-tester.js';

const list = (...entries: string[]) => `Zinc helped [1]. ${entries.map((_, i) => `[${i + 1}]`).join(' ')}\n\n## References\n\n${entries.map((e, i) => `${i + 1}. ${e}`).join('\n')}\n`;
const good = 'Halvorsen, P. (2017). Zinc lozenges and the common cold: a meta-analysis. *Invented Reviews*, 4, 1–9.';

describe('malformed-reference', () => {
  describe('identifiers', () => {
    it.each([
      ['10.1000/xyz123 after doi:', 'doi: 10.1000/xyz123'],
      ['a doi.org link', 'https://doi.org/10.1001/jamapsychiatry.2019.1189.'],
      ['an encoded DOI link', 'https://doi.org/10.1002%2Fcpt.1234'],
      ['a PMID', 'PMID: 12345678.'],
      ['a PMCID', 'PMCID: PMC1234567'],
      ['a PMC article link', 'https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8132787/'],
      ['a plain URL in parentheses', '(https://www.nhs.uk/conditions/migraine/)'],
      ['a surname Doi', 'Doi, T., & Kato, M. (2019).'],
      ['an unlabelled "PMC" word', 'PMC guidance for editors'],
    ])('accepts %s', (_name, text) => expect(identifierProblems(text)).toEqual([]));

    it.each([
      ['a short registrant code', 'doi: 10.12/abc', 'doi: 10.12/abc'],
      ['a DOI label with nothing after it', 'Journal, 4. DOI: ', 'DOI: '],
      ['a doi.org link without the 10. prefix', 'https://doi.org/jpn.160175', 'https://doi.org/jpn.160175'],
      ['letters in a PMID', 'PMID: 12a45', 'PMID: 12a45'],
      ['a PMCID without digits', 'PMCID: PMCabc', 'PMCID: PMCabc'],
      ['a URL missing ://', 'see https//example.org/x', 'https//example.org/x'],
      ['a URL with one slash', 'see https:/example.org/x', 'https:/example.org/x'],
      ['a URL with no host', 'see https://localhost/page', 'https://localhost/page'],
    ])('flags %s', (_name, text, flagged) => {
      const problems = identifierProblems(text);
      expect(problems.map((problem) => text.slice(problem.start, problem.end))).toEqual([flagged]);
    });
  });

  describe('stays quiet', () => {
    it.each([
      ['complete entries', list(good, 'Lee, K. (2020). Zinc dose and cold duration. *Invented Reviews*, 5, 2–3. https://doi.org/10.5555/ir.2020.5')],
      ['a web reference with no year', list('NHS. Common cold. https://www.nhs.uk/conditions/common-cold/')],
      ['link definitions', 'Zinc helped [1].\n\n[1]: https://doi.org/10.5555/ir.2020.5\n'],
      ['an emptied web-export entry', list('[1]')],
      ['two short generic titles', list('Lee, K. (2020). Zinc for colds. *Reviews*, 5.', 'Kim, S. (2021). Zinc for colds. *Notes*, 2.')],
    ])('%s', (_name, source) => expect(runRule(rule, source)).toEqual([]));
  });

  it('flags an entry with authors but no year, and one with no title', () => {
    expect(flaggedTexts(rule, list('Lee, K. Zinc dose and cold duration. Invented Reviews, 5, 2–3.'))).toEqual(['Lee, K. Zinc dose and cold duration. Invented Reviews, 5, 2–3.']);
    const [report] = runRule(rule, list('Okafor, N. (2020). https://doi.org/10.1000/xyz'));
    expect(report?.message).toBe('Reference 1 ("Okafor, N. (2020). …") has no title: add the title of the work.');
  });

  it('flags the second entry for the same work, by DOI or by title', () => {
    const doi = 'https://doi.org/10.5555/ir.2017.4';
    expect(runRule(rule, list(`${good} ${doi}`, `Halvorsen P. Zinc and colds. Reviews 2017. ${doi}`))).toHaveLength(1);
    const [report] = runRule(rule, list(good, good.replace('*Invented Reviews*', 'Invented Reviews')));
    expect(report?.message).toBe('Reference 2 ("Halvorsen, P. (2017). Zinc lozenges and …") lists the same work as reference 1 (same title): keep one entry and point its citations there.');
  });

  it('lets each check be turned off', () => {
    const source = list('Lee, K. Zinc dose. Invented Reviews, 5. doi: 10.12/x', good, good);
    expect(runRule(rule, source)).toHaveLength(3);
    expect(runRule(rule, source, { options: { identifiers: false, year: false, duplicates: false } })).toEqual([]);
  });

  it('leaves the seed and the corpus-style examples alone', () => {
    const seed = readFileSync(new URL('../../../shared/seeds/ketamine-for-anxiety.txt', import.meta.url), 'utf8');
    expect(runRule(rule, seed, { format: 'text' })).toEqual([]);
  });

  describe('fixtures', () => {
    it.each(ruleFixtures('malformed-reference', 'flag'))('flag/%s is flagged once', (_file, source, format) =>
      expect(runRule(rule, source, { format })).toHaveLength(1),
    );
    it.each(ruleFixtures('malformed-reference', 'quiet'))('quiet/%s stays quiet', (_file, source, format) =>
      expect(runRule(rule, source, { format })).toEqual([]),
    );
  });
});
