import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintAll } from '../robustness/lint-all.js';
import { build, markerTexts, sentenceTexts } from './build-helper.js';

const source = readFileSync(fileURLToPath(new URL('../../fixtures/article/cms-export.md', import.meta.url)), 'utf8');

describe('an article exported from a CMS as HTML blocks (fixtures/article/cms-export.md)', () => {
  const article = build(source);

  it('reads its paragraphs, list items and headings, and none of its markup or code', () => {
    const sentences = sentenceTexts(article);
    expect(sentences).toContain('Tart cherry juice cures gout flares overnight.');
    expect(sentences).toContain('People with diabetes, because of the sugar.');
    expect(sentences.join(' ')).not.toMatch(/<\/?p>|wp:paragraph|cures everything/);
    expect(article.headings.map((heading) => heading.text)).toEqual(['Who should not drink it', 'References']);
  });

  it('resolves its markers, an author-year anchor among them, to the HTML reference list', () => {
    expect(markerTexts(article)).toEqual(['(<a href="https://example.org/hale-2021">Hale, 2021</a>)', '<sup>[1]</sup>']);
    expect(article.markers.flatMap((marker) => marker.targets.map((target) => target.entry?.text.slice(0, 6)))).toEqual(['Hale M', 'Hale M']);
  });

  it('flags the overstated claim, leaves the cited trial and the safety section alone, and obeys the directive', () => {
    const messages = lintAll(source, 'markdown').messages.map((message) => `${message.line}:${message.ruleId}`);
    expect(messages).toEqual(expect.arrayContaining(['6:unsourced-claim', '6:unhedged-efficacy']));
    expect(messages.filter((each) => each.startsWith('10:'))).toEqual([]);
    // The directive above "Our blend is completely safe." silences only unhedged-efficacy there.
    expect(messages.filter((each) => each.startsWith('27:'))).toEqual(['27:unsourced-claim']);
    for (const rule of ['missing-contraindications', 'dangling-citation', 'unused-reference']) {
      expect(messages.filter((each) => each.endsWith(`:${rule}`))).toEqual([]);
    }
  });
});
