import { describe, expect, it } from 'vitest';
import { isThematicBreak, readListMarker, readUnderline } from '../../src/parse/list-marker.js';

describe('readListMarker', () => {
  it.each([
    ['- item', { ordered: false, start: null, delimiter: '-', width: 2 }],
    ['*\titem', { ordered: false, start: null, delimiter: '*', width: 2 }],
    ['•   item', { ordered: false, start: null, delimiter: '•', width: 4 }],
    ['1. item', { ordered: true, start: 1, delimiter: '.', width: 3 }],
    ['12) item', { ordered: true, start: 12, delimiter: ')', width: 4 }],
    ['-', { ordered: false, start: null, delimiter: '-', width: 1 }],
    ['✔ Better sleep', { ordered: false, start: null, delimiter: '✔', width: 2 }],
    ['✔️ Better sleep', { ordered: false, start: null, delimiter: '✔️', width: 3 }],
    ['✅ Better sleep', { ordered: false, start: null, delimiter: '✅', width: 2 }],
    ['➤  No crash', { ordered: false, start: null, delimiter: '➤', width: 3 }],
    ['– Fewer cramps', { ordered: false, start: null, delimiter: '–', width: 2 }],
  ])('reads %j', (text, marker) => {
    expect(readListMarker(text)).toEqual(marker);
  });

  it.each(['-item', '1.5 mg daily', '2019) found', 'Item', '1234567890. too long', '+ plus', '—dash', '★★★★☆ 4/5', '🌿 What is it?', '✔done'])(
    'finds no marker in %j',
    (text) => {
      // "2019) found" is a marker on its own; the reader decides when it may interrupt a paragraph.
      expect(readListMarker(text)).toEqual(text === '2019) found' ? expect.objectContaining({ start: 2019 }) : null);
    },
  );
});

describe('isThematicBreak', () => {
  it('accepts three or more of one rule character', () => {
    expect(['---', '***', '___', '- - -', '* * * *'].map(isThematicBreak)).toEqual([true, true, true, true, true]);
    expect(['--', '-*-', '--- x', 'a---'].map(isThematicBreak)).toEqual([false, false, false, false]);
  });
});

describe('readUnderline', () => {
  it('reads runs of = as depth 1 and runs of - as depth 2', () => {
    expect(['===', '=====', '---', '------', '==', '- - -', '=-=', '===x'].map(readUnderline)).toEqual([1, 1, 2, 2, null, null, null, null]);
  });
});
