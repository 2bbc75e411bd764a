import { describe, expect, it } from 'vitest';
import type { Article, CitationMarker } from '../../src/article/types.js';
import { expandNumbers } from '../../src/article/markers.js';
import { build, markerTexts } from './build-helper.js';

const summary = (article: Article): [string, string, string[]][] =>
  article.markers.map((marker: CitationMarker) => [marker.kind, marker.text, marker.targets.map((target) => target.key)]);

describe('citation markers', () => {
  it.each([
    ['[1]', 'It works [1].', [['numeric', '[1]', ['1']]]],
    ['[1, 3]', 'It works [1, 3].', [['numeric', '[1, 3]', ['1', '3']]]],
    ['[1,3]', 'It works [1,3].', [['numeric', '[1,3]', ['1', '3']]]],
    ['[2-4]', 'It works [2-4].', [['numeric', '[2-4]', ['2', '3', '4']]]],
    ['[2–4] en dash', 'It works [2–4].', [['numeric', '[2–4]', ['2', '3', '4']]]],
    ['[1, 3-5]', 'It works [1, 3-5].', [['numeric', '[1, 3-5]', ['1', '3', '4', '5']]]],
    ['[1; 4] semicolons', 'It works [1; 4] and [2;3].', [['numeric', '[1; 4]', ['1', '4']], ['numeric', '[2;3]', ['2', '3']]]],
    ['pandoc ^1^', 'It works^1^ and this^2,3^ too.', [['superscript', '^1^', ['1']], ['superscript', '^2,3^', ['2', '3']]]],
    ['not a power ^6^', 'Growth reached 10^6^ cells per m^2^.', []],
    ['[1][2]', 'It works.[1][2]', [['numeric', '[1]', ['1']], ['numeric', '[2]', ['2']]]],
    ['footnote without definition', 'It works.[^3]', [['footnote', '[^3]', ['3']]]],
    ['footnote with definition', 'It works.[^Dose]\n\n[^Dose]: Note.', [['footnote', '[^Dose]', ['dose']]]],
    ['link reference', 'It works [1].\n\n[1]: https://example.org', [['link-reference', '[1]', ['1']]]],
    ['full link reference', 'See [the NHS page][nhs].\n\n[nhs]: https://nhs.uk', [['link-reference', '[the NHS page][nhs]', ['nhs']]]],
    ['unicode superscript', 'It works.¹ And this²˒ too.', [['superscript', '¹', ['1']], ['superscript', '²', ['2']]]],
    ['unicode superscript list and range', 'It works¹,³ and this⁴⁻⁶.', [['superscript', '¹,³', ['1', '3']], ['superscript', '⁴⁻⁶', ['4', '5', '6']]]],
    ['<sup>1</sup>', 'It works.<sup>1</sup>', [['superscript', '<sup>1</sup>', ['1']]]],
    ['<sup>1,2</sup>', 'It works.<sup>1,2</sup>', [['superscript', '<sup>1,2</sup>', ['1', '2']]]],
    ['<sup>[1]</sup>', 'It works.<sup>[1]</sup>', [['superscript', '<sup>[1]</sup>', ['1']]]],
    ['<sup> link export', 'It works.<sup>[3](#fn:3){: .footnote}</sup>', [['superscript', '<sup>[3](#fn:3){: .footnote}</sup>', ['3']]]],
    ['(Smith, 2020)', 'It works (Smith, 2020).', [['author-year', '(Smith, 2020)', ['smith|2020']]]],
    ['(Smith 2020)', 'It works (Smith 2020).', [['author-year', '(Smith 2020)', ['smith|2020']]]],
    ['(Smith et al., 2020)', 'It works (Smith et al., 2020).', [['author-year', '(Smith et al., 2020)', ['smith|2020']]]],
    ['(Smith & Lee, 2019)', 'It works (Smith & Lee, 2019).', [['author-year', '(Smith & Lee, 2019)', ['smith|2019']]]],
    ['(Smith and Lee 2019)', 'It works (Smith and Lee 2019).', [['author-year', '(Smith and Lee 2019)', ['smith|2019']]]],
    ['groups with ;', 'It works (Smith & Lee 2019; Kim 2021).', [['author-year', '(Smith & Lee 2019; Kim 2021)', ['smith|2019', 'kim|2021']]]],
    ['year suffix', 'It works (Smith, 2020a).', [['author-year', '(Smith, 2020a)', ['smith|2020a']]]],
    ['e.g. prefix', 'It works (e.g., Smith, 2020).', [['author-year', '(e.g., Smith, 2020)', ['smith|2020']]]],
    ['see prefix', 'It works (see Smith 2020).', [['author-year', '(see Smith 2020)', ['smith|2020']]]],
    ['diacritics and particles', 'It works (Çelik, 2018; van der Berg 2017).', [['author-year', '(Çelik, 2018; van der Berg 2017)', ['çelik|2018', 'van der berg|2017']]]],
    ['organisation', 'It works (WHO, 2020) and (CDC 2021).', [['author-year', '(WHO, 2020)', ['who|2020']], ['author-year', '(CDC 2021)', ['cdc|2021']]]],
    ['narrative et al.', 'Smith et al. (2020) found it.', [['author-year', 'Smith et al. (2020)', ['smith|2020']]]],
    ['narrative pair', 'As Smith and Lee (2019) found, it works.', [['author-year', 'Smith and Lee (2019)', ['smith|2019']]]],
  ])('%s', (_name, source, expected) => {
    const article = build(source);
    markerTexts(article);
    expect(summary(article)).toEqual(expected);
  });

  it.each([
    ['[sic]', 'He said it [sic] works.'],
    ["a shop's quantity box", 'Quantity: [ 1 ]  [ADD TO BASKET]'],
    ["[Editor's note]", "It works [Editor's note: maybe]."],
    ['task boxes', '- [ ] todo\n- [x] done'],
    ['Markdown links', 'See [1](https://example.org) and [text](https://example.org).'],
    ['bracketed years', 'It was approved [2019].'],
    ['[citation needed]', 'It works [citation needed].'],
    ['(2019) after a non-name', 'The trial (2019) was small.'],
    ['(n = 120)', 'A trial (n = 120) found it.'],
    ['(p < 0.05)', 'It differed (p < 0.05).'],
    ['(March 2020)', 'It was approved (March 2020).'],
    ['units', 'A BMI of 30 kg/m² and 10³ cells.'],
    ['code', 'Write `[1]` or `(Smith, 2020)` in code.'],
    ['link destination', 'See [the study](https://example.org/(Smith,2020)/[1]).'],
    ['HTML attribute', 'See <a title="[1]">this</a>.'],
    ['a heading', '# Heading [1]\n\nText.'],
  ])('not a marker: %s', (_name, source) => {
    expect(build(source).markers).toEqual([]);
  });

  it('caps range expansion and drops numbers above 999', () => {
    expect(expandNumbers('1-99999')).toHaveLength(200);
    expect(expandNumbers('2019')).toEqual([]);
    expect(expandNumbers('5-3')).toEqual(['5', '3']);
  });

  it('links each marker to its sentence and back', () => {
    const article = build('First claim [1]. Second claim.[2] Third.');
    const [first, second] = article.markers;
    expect(first?.sentence?.text).toBe('First claim [1].');
    expect(second?.sentence?.text).toBe('Second claim.[2]');
    expect(article.sentences[0]?.markers).toEqual([first]);
    expect(article.sentences[2]?.markers).toEqual([]);
  });

  it('does not take markers from reference entries', () => {
    const article = build('It works [1].\n\n## References\n\n1. Smith, J. (2020). Title [2]. Journal.\n');
    expect(markerTexts(article)).toEqual(['[1]']);
  });

  it('records links with their text range and whether they are external', () => {
    const article = build('See [the trial](https://doi.org/10.1/x), [our page](/about) and https://example.org/x.');
    const links = article.sentences[0]?.links ?? [];
    expect(links.map((link) => [article.source.slice(link.range.start, link.range.end), link.url, link.external])).toEqual([
      ['the trial', 'https://doi.org/10.1/x', true],
      ['our page', '/about', false],
      ['https://example.org/x', 'https://example.org/x', true],
    ]);
  });

  it('finds bare URLs in plain text as links', () => {
    const article = build('Title\n\nRead https://example.org/a.b today.\n', 'text');
    expect(article.sentences[0]?.links.map((link) => link.url)).toEqual(['https://example.org/a.b']);
    expect(article.sentences[0]?.prose).not.toContain('example');
  });
});
