import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { formatFromPath } from '../../src/parse/index.js';
import { build, sliceOf } from './build-helper.js';

const sharedRoot = fileURLToPath(new URL('../../../shared/', import.meta.url));
const corpusDirectory = `${sharedRoot}corpus/`;
const seedPath = `${sharedRoot}seeds/ketamine-for-anxiety.txt`;

function expectConsistentRanges(article: Article): void {
  for (const sentence of article.sentences) {
    expect(sentence.text.trim().length).toBeGreaterThan(0);
    expect(sliceOf(article, sentence.range)).toBe(sentence.text);
    expect(sentence.prose.length).toBe(sentence.text.length);
  }
  for (const marker of article.markers) {
    expect(marker.text.length).toBeGreaterThan(0);
    expect(sliceOf(article, marker.range)).toBe(marker.text);
    if (marker.sentence) {
      expect(marker.range.start).toBeGreaterThanOrEqual(marker.sentence.range.start);
      expect(marker.range.end).toBeLessThanOrEqual(marker.sentence.range.end);
    }
  }
  for (const entry of article.entries) expect(sliceOf(article, entry.range)).toBe(entry.text);
}

const articleFiles = existsSync(corpusDirectory)
  ? readdirSync(corpusDirectory).filter((name) => formatFromPath(name) !== null && name !== 'SOURCES.md')
  : [];

describe.skipIf(!existsSync(corpusDirectory))('the reference corpus', () => {
  it.each(articleFiles)('%s builds with exact ranges', (name) => {
    const source = readFileSync(corpusDirectory + name, 'utf8');
    const article = build(source, formatFromPath(name) ?? 'markdown');
    expect(article.sentences.length).toBeGreaterThan(0);
    expectConsistentRanges(article);
  });
});

describe.skipIf(!existsSync(seedPath))('the seed', () => {
  it('builds with exact ranges', () => {
    expectConsistentRanges(build(readFileSync(seedPath, 'utf8'), 'text'));
  });
});
