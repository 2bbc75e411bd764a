#!/usr/bin/env node
/**
 * Segmentation audit: for every sentence quote in a folder of label files, does medlint
 * see it as one sentence? Reports each quote as `same` (one medlint sentence, equal modulo
 * whitespace, edge punctuation and trailing markers), `split` (it spans several medlint
 * sentences), `inside` (one medlint sentence holds it and other words too: a glued
 * neighbour) or `none` (no sentence: a heading, a reference entry, code).
 *
 *   npm run build && node scripts/segment-audit.mjs LABEL_DIR [--articles DIR] [--verbose]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// MEDLINT_DIST=/other/checkout/dist audits another build (e.g. the main branch, for before/after counts).
const dist = process.env.MEDLINT_DIST ? pathToFileURL(process.env.MEDLINT_DIST + '/').href : new URL('../dist/', import.meta.url).href;
const { buildArticle } = await import(new URL('src/article/build.js', dist).href);
const { parse, formatFromPath } = await import(new URL('src/parse/index.js', dist).href);

const args = process.argv.slice(2);
const labelDir = args[0];
const articlesAt = args.indexOf('--articles');
const articleDir = articlesAt === -1 ? labelDir : args[articlesAt + 1];
const verbose = args.includes('--verbose');

/** Letters and digits only decide: the core of a range is its span from the first to the last of them, trailing markers aside. */
function core(source, start, end) {
  const word = /[\p{L}\p{N}]/u;
  for (;;) {
    while (end > start && !word.test(source[end - 1])) end--;
    // Whatever follows the final stop goes: "[12]", "[^note]", "[citation needed]", "<sup>3</sup>", a glued "2".
    const before = source.slice(Math.max(start, end - 60), end);
    const tail = /[.!?]["'”’)*_]*(?:\s?\[[^\]]{1,40}\]?|\s?<sup>.{0,60}|\d{1,3}|[¹²³⁰-⁹]{1,4})$/u.exec(before);
    if (tail && tail[0].length > 1) {
      end -= tail[0].length - 1;
      continue;
    }
    break;
  }
  while (start < end && !word.test(source[start])) start++;
  return { start, end };
}

const counts = { same: 0, split: 0, inside: 0, none: 0 };
const failures = [];
for (const file of readdirSync(labelDir).filter((f) => f.endsWith('.json')).sort()) {
  const labels = JSON.parse(readFileSync(join(labelDir, file), 'utf8'));
  if (!labels.article || !Array.isArray(labels.sentences)) continue;
  const path = join(articleDir, labels.article);
  const source = readFileSync(path, 'utf8');
  const format = formatFromPath(path);
  const article = buildArticle({ path, format, source, tree: parse(source, format) });
  for (const { quote, labels: l = [], ambiguous = [] } of labels.sentences) {
    const at = source.indexOf(quote);
    if (at < 0) continue;
    const q = core(source, at, at + quote.length);
    const hits = article.sentences.filter((s) => s.range.start < q.end && s.range.end > q.start);
    let kind;
    if (hits.length === 0) kind = 'none';
    else if (hits.length > 1) kind = 'split';
    else {
      const s = core(source, hits[0].range.start, hits[0].range.end);
      kind = s.start === q.start && s.end === q.end ? 'same' : 'inside';
      if (kind === 'inside' && s.start >= q.start && s.end <= q.end) kind = 'split';
    }
    counts[kind]++;
    if (kind !== 'same') {
      failures.push({ kind, article: labels.article, quote, labels: [...l, ...ambiguous.map((x) => x + '?')].join(','),
        sentences: hits.map((s) => s.text) });
    }
  }
}
const total = Object.values(counts).reduce((a, b) => a + b, 0);
console.log(`${total} quotes: same ${counts.same}, split ${counts.split}, inside ${counts.inside}, none ${counts.none}`);
if (verbose) {
  for (const f of failures) {
    console.log(`\n[${f.kind}] ${f.article} (${f.labels || '-'})\n  Q: ${JSON.stringify(f.quote)}`);
    for (const s of f.sentences) console.log(`  S: ${JSON.stringify(s.length > 400 ? s.slice(0, 400) + '…' : s)}`);
  }
}
