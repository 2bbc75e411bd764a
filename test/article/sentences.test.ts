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
    ['a unit letter is no initial', 'Keep the room at 18°C. Open a window. Run a 5K. Rest after.', ['Keep the room at 18°C.', 'Open a window.', 'Run a 5K.', 'Rest after.']],
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

describe('segmentation of pasted web text', () => {
  const kinds = (source: string, format: 'markdown' | 'text' = 'markdown'): Array<[string, string]> =>
    build(source, format).sentences.map((sentence) => [sentence.text, sentence.block.kind]);

  it.each([
    ['after the full stop', 'Cold water speeds recovery.[citation needed] Most athletes try it.'],
    ['after a space', 'Cold water speeds recovery. [citation needed] Most athletes try it.'],
    ['in emphasis', 'Cold water speeds recovery.[*citation needed*] Most athletes try it.'],
    ['as a question', 'Cold water speeds recovery.[source?] Most athletes try it.'],
    ['unverified', 'Cold water speeds recovery. [unverified] Most athletes try it.'],
    ['needs citation', 'Cold water speeds recovery.[needs citation] Most athletes try it.'],
  ])('keeps an editorial tag with the sentence it follows (%s), and never reads it as a citation', (_name, source) => {
    const tagged = source.slice(0, source.indexOf(' Most')).trim();
    for (const format of ['markdown', 'text'] as const) {
      const heading = format === 'markdown' ? '# ' : '';
      const article = build(`${heading}Cold water\n\n${source}\n\n${heading}References\n\n1. Lee A. Cold water. 2020.\n`, format);
      expect(sentenceTexts(article).slice(0, 2)).toEqual([tagged, 'Most athletes try it.']);
      expect(article.markers).toEqual([]);
    }
  });

  it('still opens a new sentence at a bracketed aside that is not a tag', () => {
    expect(split("It works. [Editor's note: we checked.] Next.")).toEqual(['It works.', "[Editor's note: we checked.]", 'Next.']);
  });

  it('reads glyph-bulleted lines of a Markdown paragraph as list items, glyphs left out', () => {
    const source = 'Why people keep buying it:\n✔ Deeper sleep\n✔️ Calmer mornings\n★ No grogginess at all\n\nThen the price went up.';
    expect(kinds(source)).toEqual([
      ['Why people keep buying it:', 'paragraph'],
      ['Deeper sleep', 'listItem'],
      ['Calmer mornings', 'listItem'],
      ['No grogginess at all', 'listItem'],
      ['Then the price went up.', 'paragraph'],
    ]);
  });

  it('reads glyph-bulleted lines of plain text as list items', () => {
    const source = 'Magnesium at night\n\nWhat I noticed:\n✅ Deeper sleep\n➤ Fewer cramps\n✗ No change in mood\n';
    expect(kinds(source, 'text')).toEqual([
      ['What I noticed:', 'paragraph'],
      ['Deeper sleep', 'listItem'],
      ['Fewer cramps', 'listItem'],
      ['No change in mood', 'listItem'],
    ]);
  });

  it('keeps a line starting with an emoji apart from the line above, the emoji left out', () => {
    expect(split('Our favourite swaps\n🥦 Broccoli for rice\n🍓 Berries for sweets')).toEqual([
      'Our favourite swaps',
      'Broccoli for rice',
      'Berries for sweets',
    ]);
  });

  it('splits a comment header and footer from the comment in Markdown', () => {
    const source = '**sam_r** · 2 days ago\nMy knee felt better within a week.\nReply · Report · 4 likes\n\nkat_m wrote:\nTurmeric fixed my joints for good.';
    expect(split(source)).toEqual([
      '**sam_r**',
      '2 days ago',
      'My knee felt better within a week.',
      'Reply',
      'Report',
      '4 likes',
      'kat_m wrote:',
      'Turmeric fixed my joints for good.',
    ]);
  });

  it('gives a comment header its own paragraph in hard-wrapped plain text', () => {
    const source =
      'Forum: sore knees\n\nPosted by dani_w on 3 March 2025\nI started the capsules in spring and my knees were\nbetter by the summer, honestly.\n\n★★★★☆ 4/5\nGood value and easy to\nswallow every morning.\n';
    const article = build(source, 'text');
    expect(sentenceTexts(article)).toEqual([
      'Posted by dani_w on 3 March 2025',
      'I started the capsules in spring and my knees were\nbetter by the summer, honestly.',
      '★★★★☆ 4/5',
      'Good value and easy to\nswallow every morning.',
    ]);
    expect(new Set(article.sentences.map((sentence) => sentence.block)).size).toBe(4);
  });

  it('ends a quoted sentence before its attribution', () => {
    expect(split('"It changed my life." — Jo B., verified buyer\n\nIt works, full stop. – *Ash*')).toEqual([
      '"It changed my life."',
      '— Jo B., verified buyer',
      'It works, full stop.',
      '– *Ash*',
    ]);
  });

  it('starts a sentence at a narrative citation after a full stop', () => {
    const source = 'Sleep matters. Lee and Kim (2020) found a link.\n\n## References\n\nLee, A., & Kim, B. (2020). Sleep and mood. J Sleep.\n';
    const article = build(source);
    expect(sentenceTexts(article)).toEqual(['Sleep matters.', 'Lee and Kim (2020) found a link.']);
    expect(article.markers.map((marker) => marker.sentence?.text)).toEqual(['Lee and Kim (2020) found a link.']);
  });

  it('starts a sentence at a link reference that keeps its text', () => {
    expect(split('Acupuncture is old. [The new review][1] found a small effect.\n\n[1]: https://example.org/review')).toEqual([
      'Acupuncture is old.',
      '[The new review][1] found a small effect.',
    ]);
  });

  it('splits lines of a page that does not hard-wrap, but not the lines of one that does', () => {
    const unwrapped = 'Common medicines include:\n[Sertraline](/sertraline)\n[Citalopram](/citalopram)\nThey can take weeks to work.';
    expect(split(unwrapped)).toEqual([
      'Common medicines include:',
      '[Sertraline](/sertraline)',
      '[Citalopram](/citalopram)',
      'They can take weeks to work.',
    ]);
    const wrapped = 'The trial followed adults for\ntwo years and then Professor\nLee reported that the effect\nfaded within months.';
    expect(split(wrapped)).toEqual([wrapped]);
  });

  it('starts a sentence at a lower-case word when the writer never capitalises, and only then', () => {
    const lower = 'ok so this stuff is amazing. turns out it rebuilds collagen. my nails grew too! honestly try it. e.g. in coffee.';
    expect(split(lower)).toEqual(['ok so this stuff is amazing.', 'turns out it rebuilds collagen.', 'my nails grew too!', 'honestly try it.', 'e.g. in coffee.']);
    const edited = 'Eat oats, rice, etc. and drink water. Take approx. three a day. Rest.';
    expect(split(edited)).toEqual(['Eat oats, rice, etc. and drink water.', 'Take approx. three a day.', 'Rest.']);
  });

  it('ends a sentence at an emoji between words, not at one opening a line or at a trademark sign', () => {
    expect(split('My husband steals them 😂 It is safe for everyone.')).toEqual(['My husband steals them 😂', 'It is safe for everyone.']);
    expect(split('Love these 👍🏽 so much. Buy them.')).toEqual(['Love these 👍🏽 so much.', 'Buy them.']);
    expect(split('FlexaRoot™ Joint Complex is here. Get it.')).toEqual(['FlexaRoot™ Joint Complex is here.', 'Get it.']);
  });

  it('starts a sentence at a line opening with a bold label, even in hard-wrapped text', () => {
    const source = 'The tablets are small and\nwhite, and easy to swallow.\n\n**Active ingredient:** loratadine 10 mg\n**Pack size:** 30 tablets';
    expect(split(source)).toEqual([
      'The tablets are small and\nwhite, and easy to swallow.',
      '**Active ingredient:** loratadine 10 mg',
      '**Pack size:** 30 tablets',
    ]);
  });

  it('keeps a line that reads as unfinished with the next one', () => {
    expect(split('Side effects are more common in\nOlder adults.\nMost are mild.')).toEqual([
      'Side effects are more common in\nOlder adults.',
      'Most are mild.',
    ]);
  });

  it('splits table rows pasted as text at tabs and at spaced pipes', () => {
    expect(split('Heel pain options\n\nOption\tWhat it does\nIce pack\tEases pain for a few hours', 'text')).toEqual([
      'Option',
      'What it does',
      'Ice pack',
      'Eases pain for a few hours',
    ]);
    expect(split('Rest | Helps most people within weeks\n\nTags: Sleep · Stress')).toEqual([
      'Rest',
      'Helps most people within weeks',
      'Tags: Sleep',
      'Stress',
    ]);
  });

  it('reads a run of short bare lines in plain text as items, not headings', () => {
    const source = [
      'My year with fish oil',
      'What Changed For Me',
      'Less stiffness in the morning',
      'Better sleep, most nights at least, and fewer aches after long walks',
      'Fewer flare-ups',
      'I still take it every day, and I plan to keep going for another year.',
    ].join('\n');
    const article = build(source, 'text');
    expect(article.headings.map((heading) => heading.text)).toEqual(['My year with fish oil', 'What Changed For Me']);
    expect(sentenceTexts(article)).toEqual(source.split('\n').slice(2));
  });

  it('segments long pasted text with tabs, glyphs and line breaks in linear time', () => {
    const timeFor = (repeats: number): number => {
      const source = 'Ice\tEases pain\n✔ Better sleep\n[Item](/x)\nIt helps. [citation needed] Lee and Kim (2020) agree.\n'.repeat(repeats);
      const tree = parse(source, 'markdown');
      const started = performance.now();
      buildArticle({ path: 'long.md', format: 'markdown', source, tree });
      return performance.now() - started;
    };
    timeFor(500);
    const small = timeFor(1000);
    const large = timeFor(4000);
    expect(large).toBeLessThan(Math.max(small, 5) * 10);
  });
});
