import { describe, expect, it } from 'vitest';
import { buildArticle } from '../../src/article/build.js';
import { splitSentences } from '../../src/article/sentences.js';
import { parse } from '../../src/parse/index.js';
import { build, sentenceTexts } from './build-helper.js';

const split = (source: string, format: 'markdown' | 'text' = 'markdown'): string[] => sentenceTexts(build(source, format));

describe('sentence splitting', () => {
  it.each([
    ['plain sentences', 'One thing. Two things! Three things? Four.', ['One thing.', 'Two things!', 'Three things?', 'Four.']],
    ['e.g. and i.e.', 'Some foods, e.g. Oats, help. Others, i.e. Sugar, do not.', ['Some foods, e.g. Oats, help.', 'Others, i.e. Sugar, do not.']],
    ['et al.', 'Smith et al. (2020) found an effect. It was small.', ['Smith et al. (2020) found an effect.', 'It was small.']],
    ['titles', 'Dr. Lee and Mr. Park met Mrs. Cho, Ms. Diaz and Prof. Ode. They talked.', ['Dr. Lee and Mr. Park met Mrs. Cho, Ms. Diaz and Prof. Ode.', 'They talked.']],
    ['St. vs. approx. Fig. No.', 'St. Mary clinic compared drug vs. Placebo in approx. 40 people (Fig. 2, No. 5 cohort). Done.', ['St. Mary clinic compared drug vs. Placebo in approx. 40 people (Fig. 2, No. 5 cohort).', 'Done.']],
    ['etc. before lowercase continues', 'Eat oats, rice, etc. and drink water. Rest.', ['Eat oats, rice, etc. and drink water.', 'Rest.']],
    ['etc. before a capital ends', 'Eat oats, rice, etc. Then rest.', ['Eat oats, rice, etc.', 'Then rest.']],
    ['U.S.', 'The U.S. Food and Drug Administration approved it. Others followed.', ['The U.S. Food and Drug Administration approved it.', 'Others followed.']],
    ['initials', 'Work by A. G. Phillips and J. Smith showed it. Next.', ['Work by A. G. Phillips and J. Smith showed it.', 'Next.']],
    ['vitamin D. ends', 'Low levels of vitamin D. The study was small.', ['Low levels of vitamin D.', 'The study was small.']],
    ['decimals', 'Take 2.5 mg daily. About 0.5% react. Stop.', ['Take 2.5 mg daily.', 'About 0.5% react.', 'Stop.']],
    ['marker before the period', 'It regulates mood [1]. It helps.', ['It regulates mood [1].', 'It helps.']],
    ['marker after the period', 'It regulates mood.[1] It helps.', ['It regulates mood.[1]', 'It helps.']],
    ['two markers after the period', 'It regulates mood.[1][2] It helps.', ['It regulates mood.[1][2]', 'It helps.']],
    ['spaced marker after the period', 'It regulates mood. [2] It helps.', ['It regulates mood. [2]', 'It helps.']],
    ['superscript after the period', 'It regulates mood.¹ It helps.', ['It regulates mood.¹', 'It helps.']],
    ['footnote after the period', 'It regulates mood.[^3] It helps.\n\n[^3]: A note.', ['It regulates mood.[^3]', 'It helps.']],
    ['closing quote', 'She said "it works." Then she left.', ['She said "it works."', 'Then she left.']],
    ['closing bracket', 'It works (mostly.) Then stop.', ['It works (mostly.)', 'Then stop.']],
    ['quote opens the next sentence', 'It ended. "Really?" she asked.', ['It ended.', '"Really?" she asked.']],
    ['ellipsis', 'It was… Then it stopped... Fine.', ['It was…', 'Then it stopped...', 'Fine.']],
    ['no split before lowercase', 'Approx. 3 p.m. today we met. Fine.', ['Approx. 3 p.m. today we met.', 'Fine.']],
    ['period in a URL is not an end', 'See https://example.org/a.b. Next one.', ['See https://example.org/a.b.', 'Next one.']],
    ['period in inline code is not an end', 'Run `a. B` now. Next.', ['Run `a. B` now.', 'Next.']],
    ['hard wrap does not end a sentence', 'This sentence wraps\nonto a second line. Next.', ['This sentence wraps\nonto a second line.', 'Next.']],
    ['a period inside a link reference', 'It is [safe.][4] Next one.\n\n[4]: https://x.org', ['It is [safe.][4]', 'Next one.']],
    ['emphasis after the period', 'It **works.** Then **More** here.', ['It **works.**', 'Then **More** here.']],
  ])('%s', (_name, source, expected) => {
    expect(split(source)).toEqual(expected);
  });

  it('treats a list item without final punctuation as one sentence', () => {
    const article = build('- Reduces chronic inflammation\n- Helps sleep. Improves mood\n');
    expect(sentenceTexts(article)).toEqual(['Reduces chronic inflammation', 'Helps sleep.', 'Improves mood']);
    expect(article.sentences.every((sentence) => sentence.block.kind === 'listItem')).toBe(true);
  });

  it('does not end at a leading list-like number', () => {
    expect(splitSentences('1. Take it with food. Then rest.', '1. Take it with food. Then rest.', [])).toEqual([
      { start: 0, end: 21 },
      { start: 22, end: 32 },
    ]);
  });

  it('marks questions, ignoring trailing markers and quotes', () => {
    const article = build('Does it work? [1] Is it "safe?" Yes. Why not?¹');
    expect(article.sentences.map((sentence) => sentence.isQuestion)).toEqual([true, true, false, true]);
  });

  it('keeps exact ranges in CRLF sources', () => {
    const source = '# Title\r\n\r\nFirst one. Second\r\nline here.\r\n\r\n- item one\r\n';
    const article = build(source);
    expect(sentenceTexts(article)).toEqual(['First one.', 'Second\r\nline here.', 'item one']);
  });

  it('keeps exact ranges in plain text', () => {
    const source = 'Title Here\r\nA Heading\r\nOne claim [1]. Two claims.\r\n';
    expect(split(source, 'text')).toEqual(['One claim [1].', 'Two claims.']);
  });

  it('blanks non-prose in `prose` without moving offsets', () => {
    const article = build('See [the trial](https://x.org/a) and `code` <b>bold</b> ![img](a.png) [2].');
    const sentence = article.sentences[0];
    const prose = sentence?.prose ?? '';
    expect(prose.length).toBe(sentence?.text.length);
    expect(prose.indexOf('the trial')).toBe(sentence?.text.indexOf('the trial'));
    expect(prose.indexOf('bold')).toBe(sentence?.text.indexOf('bold'));
    for (const hidden of ['https', 'code', '<b>', 'img', '[2]', '(', ']']) expect(prose).not.toContain(hidden);
    expect(prose.trimEnd().endsWith('.')).toBe(true);
  });

  it('builds a long text in linear time', () => {
    const timeFor = (repeats: number): number => {
      const source = 'Dr. A. Smith et al. found 2.5 mg works [1]. '.repeat(repeats);
      const tree = parse(source, 'markdown');
      const started = performance.now();
      const article = buildArticle({ path: 'long.md', format: 'markdown', source, tree });
      expect(article.sentences).toHaveLength(repeats);
      return performance.now() - started;
    };
    timeFor(500); // warm up
    const small = timeFor(1000);
    const large = timeFor(4000);
    // Four times the text should cost about four times as much, far from sixteen.
    expect(large).toBeLessThan(Math.max(small, 5) * 10);
  });
});
