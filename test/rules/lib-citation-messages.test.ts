import { describe, expect, it } from 'vitest';
import {
  danglingMessage,
  entrySnippet,
  formatAuthorYearKey,
  isReadingListHeading,
  unusedMessage,
  type DanglingMarkerFacts,
} from '../../rules/lib/citation-messages.js';

const base: DanglingMarkerFacts = {
  kind: 'numeric',
  text: '[4]',
  missingKeys: ['4'],
  keyCount: 1,
  hasReferenceList: true,
  entryCount: 3,
};

describe('danglingMessage', () => {
  it.each<[string, Partial<DanglingMarkerFacts>, string]>([
    ['a number past the end of the list', {}, 'Citation [4] points to no reference: the list has 3 entries. Add the source, or correct the number.'],
    [
      'only the missing number of a group',
      { text: '[1, 5]', missingKeys: ['5'], keyCount: 2 },
      'Citation [1, 5]: 5 points to no reference: the list has 3 entries. Add the source, or correct the number.',
    ],
    [
      'several missing numbers of a range',
      { text: '[3–5]', missingKeys: ['4', '5'], keyCount: 3 },
      'Citation [3–5]: 4 and 5 point to no reference: the list has 3 entries. Add the source, or correct the number.',
    ],
    ['a one-entry list', { entryCount: 1, text: '[2]', missingKeys: ['2'] }, 'Citation [2] points to no reference: the list has 1 entry. Add the source, or correct the number.'],
    [
      'no reference list at all',
      { text: '[2]', missingKeys: ['2'], hasReferenceList: false, entryCount: 0 },
      'Citation [2] but the article has no reference list: add a "References" section.',
    ],
    ['a footnote without definition', { kind: 'footnote', text: '[^dose]', missingKeys: ['dose'] }, 'Footnote [^dose] has no definition: add "[^dose]: ..." at the end.'],
    [
      'an author-year citation',
      { kind: 'author-year', text: '(Lee, 2018)', missingKeys: ['lee|2018'] },
      '(Lee, 2018) matches no reference entry: add Lee 2018 to the references.',
    ],
    [
      'one missing work of an author-year group',
      { kind: 'author-year', text: '(Smith & Lee 2019; Kim 2021)', missingKeys: ['kim|2021'], keyCount: 2 },
      '(Smith & Lee 2019; Kim 2021): Kim 2021 matches no reference entry: add Kim 2021 to the references.',
    ],
    [
      'an author-year citation with no list',
      { kind: 'author-year', text: '(Lee, 2018)', missingKeys: ['lee|2018'], hasReferenceList: false },
      '(Lee, 2018) cites a source but the article has no reference list: add a "References" section with Lee 2018.',
    ],
    [
      'a link reference without definition',
      { kind: 'link-reference', text: '[the trial][7]', missingKeys: ['7'] },
      'Link reference [the trial][7] has no definition: add "[7]: https://..." pointing to the source.',
    ],
    ['a superscript', { kind: 'superscript', text: '⁴', missingKeys: ['4'] }, 'Citation ⁴ points to no reference: the list has 3 entries. Add the source, or correct the number.'],
  ])('%s', (_name, change, expected) => {
    expect(danglingMessage({ ...base, ...change })).toBe(expected);
  });
});

describe('formatAuthorYearKey', () => {
  it.each([
    ['lee|2018', 'Lee 2018'],
    ['van der berg|2020', 'Van Der Berg 2020'],
    ['smith-jones|2001', 'Smith-Jones 2001'],
    ['ødegaard|1999', 'Ødegaard 1999'],
  ])('%s → %s', (key, expected) => expect(formatAuthorYearKey(key)).toBe(expected));
});

describe('entrySnippet', () => {
  it('cuts a long entry at a word and marks the cut', () => {
    expect(entrySnippet('Daly, E., Trivedi, M. H., Janik, A., Li, H. (2019). Efficacy of esketamine.')).toBe('Daly, E., Trivedi, M. H. …');
  });
  it('keeps a short entry whole and flattens line breaks', () => {
    expect(entrySnippet('NHS.\n  Melatonin.')).toBe('NHS. Melatonin.');
  });
});

describe('unusedMessage', () => {
  it('names a numbered reference by its number', () => {
    expect(unusedMessage({ listKind: 'heading', label: '3', ordinal: 3, text: 'Daly, E., Trivedi, M. H., Janik, A. (2019).' })).toBe(
      'Reference 3 ("Daly, E., Trivedi, M. H. …") is never cited: cite it where it supports a claim, or remove it.',
    );
  });
  it('names a footnote by its label', () => {
    expect(unusedMessage({ listKind: 'footnotes', label: 'dose', ordinal: 1, text: 'Dose guide.' })).toBe(
      'Footnote [^dose] ("Dose guide.") is never referenced: cite it where it supports a claim, or remove it.',
    );
  });
});

describe('isReadingListHeading', () => {
  const defaults = ['Further reading', 'Additional resources', 'Resources'];
  it.each([
    ['Further reading', true],
    ['Further Reading:', true],
    ['**Additional resources**', true],
    ['Resources for patients', true],
    ['References', false],
    ['Sources', false],
    ['Resourceful tips', false],
  ])('%s → %s', (heading, expected) => expect(isReadingListHeading(heading, defaults)).toBe(expected));
  it('a list without heading is not a reading list', () => expect(isReadingListHeading(null, defaults)).toBe(false));
});

describe('stays fast on hostile input', () => {
  it('normalises a heading of long whitespace runs in linear time', () => {
    const started = performance.now();
    isReadingListHeading(`${' :'.repeat(30_000)}x`, ['Further reading']);
    entrySnippet(' ,'.repeat(30_000));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
