import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { html, UNFOLDED_ARTICLES_LIMIT } from '../../src/format/html.js';
import { loadFormatter } from '../../src/format/index.js';
import { hostileArticleWithNul as hostileArticle } from './hostile-article.js';
import { context, marks, renderedText, resultFor } from './results.js';

const projectRoot = join(import.meta.dirname, '../..');

const article = [
  '# Magnesium',
  '',
  'Magnesium cures insomnia in days. It is sold widely.',
  'Trials were small [4].',
  '',
].join('\n');

const findings = [
  { ruleId: 'unsourced-claim', text: 'Magnesium cures insomnia in days.', message: 'Efficacy claim without a source.' },
  { ruleId: 'unhedged-efficacy', text: 'cures', message: '"cures" states the effect as certain.', suggestion: 'Replace "cures" with "may help"' },
  { ruleId: 'dangling-citation', severity: 2 as const, text: '[4]', message: 'Citation [4] points to no reference.' },
];

function count(haystack: string, needle: RegExp): number {
  return [...haystack.matchAll(needle)].length;
}

describe('html formatter', () => {
  it('is registered as --format html', async () => {
    expect(await loadFormatter('html')).toBe(html);
  });

  it('writes one self-contained page: no external URL, a CSP that allows only its own style and script', () => {
    const page = html([resultFor('/articles/magnesium.md', article, findings)], context);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page).not.toMatch(/(src|href)="(?!#)/);
    expect(page).not.toMatch(/https?:\/\//);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    const script = /<script>([\s\S]*)<\/script>/.exec(page)?.[1] ?? '';
    const style = /<style>([\s\S]*)<\/style>/.exec(page)?.[1] ?? '';
    const hash = (text: string): string => createHash('sha256').update(text).digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash(script)}'`);
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`);
    expect(style).toContain('@media print');
    expect(style).toContain('prefers-color-scheme: dark');
  });

  it('shows the article text byte for byte, with each finding marked over exactly its text', () => {
    const page = html([resultFor('/articles/magnesium.md', article, findings)], context);
    expect(renderedText(page, 0)).toBe(article);
    const segments = marks(page);
    const covered = (n: number): string =>
      segments
        .filter((mark) => new RegExp(`data-f="[^"]*\\b${n}\\b`).test(mark.attributes))
        .map((mark) => mark.text)
        .join('');
    expect(covered(1)).toBe('Magnesium cures insomnia in days.');
    expect(covered(2)).toBe('cures');
    expect(covered(3)).toBe('[4]');
  });

  it('tints a nested finding by the inner rule and underlines it by the outer one', () => {
    const page = html([resultFor('/articles/magnesium.md', article, findings)], context);
    const word = marks(page).find((mark) => mark.text === 'cures');
    // Colours follow the run's rule order: unsourced-claim c0, unhedged-efficacy c1, dangling-citation c2.
    expect(word?.attributes).toContain('class="hl bg-c1 ul-c0 sev-warning"');
    expect(word?.attributes).toContain('data-f="1 2"');
    const citation = marks(page).find((mark) => mark.text === '[4]');
    expect(citation?.attributes).toContain('sev-error');
    expect(citation?.attributes).toContain('tabindex="0"');
  });

  it('lists each finding with its rule, place, message and suggestion, pointing at its highlight', () => {
    const page = html([resultFor('/articles/magnesium.md', article, findings)], context);
    expect(page).toContain('<button type="button" class="finding c1" id="i0-2" data-n="2" data-anchor="m0-2">');
    expect(page).toContain('<span class="where">line 3:11</span><span class="rule">unhedged-efficacy</span>');
    expect(page).toContain('<span class="suggestion">Replace &quot;cures&quot; with &quot;may help&quot;</span>');
    expect(page).toContain('id="m0-2"');
  });

  it('escapes every payload in article text, file names, messages, suggestions and rule descriptions', () => {
    const result = resultFor('/articles/<img src=x onerror=alert(1)>.md', hostileArticle, [
      { ruleId: 'unhedged-efficacy', text: 'cures', message: '<script>window.__medlintPwned="message"</script>', suggestion: '</style><img src=x onerror=alert(2)>' },
      { ruleId: '<b>rule</b>', text: '<img src=x' },
      { ruleId: 'dangling-citation', severity: 2, text: '[7]', message: '--> ${1+1} javascript:alert(3)' },
    ]);
    const hostileMeta = { id: '<b>rule</b>', description: 'Claims <img src=x onerror=alert(4)> bold.', defaultSeverity: 'warn' as const, docs: 'javascript:alert(5)' };
    const page = html([result], { ...context, rulesMeta: { ...context.rulesMeta, '<b>rule</b>': hostileMeta } });
    expect(renderedText(page, 0)).toBe(hostileArticle.replace('\u0000', '\uFFFD'));
    // Only the page's own tags survive: one script, one style, and no tag from the input.
    expect(count(page, /<script/gi)).toBe(1);
    expect(count(page, /<\/script/gi)).toBe(1);
    expect(count(page, /<style/gi)).toBe(1);
    expect(count(page, /<\/style/gi)).toBe(1);
    expect(page).not.toMatch(/<(img|svg|iframe|a href="j|b>)/i);
    // Attribute values are quoted and escaped; outside them no tag may carry an event handler.
    expect(page.replace(/="[^"]*"/g, '=""')).not.toMatch(/<[^>]*\son(error|load)=/i);
    expect(page).not.toContain('<!--');
    expect(page).not.toContain('-->');
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;.md');
    expect(page).toContain('&lt;b&gt;rule&lt;/b&gt;');
    expect(page).toContain('Claims &lt;img src=x onerror=alert(4)&gt; bold.');
    expect(page).not.toContain('javascript:alert(5)');
  });

  it('marks a zero-width finding: the character it points at, or a flag at a line end', () => {
    const source = 'Title\n\nBody text.\n';
    const result = resultFor('/articles/a.md', source, []);
    result.messages = [
      { ruleId: 'unsourced-claim', severity: 1, message: 'At B.', line: 3, column: 1, endLine: 3, endColumn: 1 },
      { ruleId: 'unsourced-claim', severity: 1, message: 'At the end of the title.', line: 1, column: 6, endLine: 1, endColumn: 6 },
    ];
    const page = html([result], context);
    expect(renderedText(page, 0)).toBe(source);
    expect(marks(page).find((mark) => mark.attributes.includes('data-f="2"'))?.text).toBe('B');
    expect(page).toMatch(/<mark class="hl point [^"]*"[^>]*data-f="1"[^>]*><\/mark>/);
  });

  it('lists a file without source text with its findings and says the text is missing', () => {
    const result = resultFor('/articles/binary.md', 'x', [{ ruleId: null, text: 'x', message: 'File looks binary.' }]);
    delete result.source;
    const page = html([result], context);
    expect(page).toContain('The text of this file is not available');
    expect(page).toContain('File looks binary.');
    expect(page).toContain('<em>file</em>');
  });

  it('opens on a summary: totals, findings by rule, files worst first; clean files get a row and no section', () => {
    const results = [
      resultFor('/articles/clean.md', 'Nothing to see.\n', []),
      resultFor('/articles/warned.md', article, findings.slice(0, 2)),
      resultFor('/articles/errored.md', article, findings),
    ];
    const page = html(results, context);
    const rows = [...page.matchAll(/<tr><th scope="row" data-sort="([^"]+)">/g)].map((match) => match[1]);
    expect(rows).toEqual(['errored.md', 'warned.md', 'clean.md']);
    expect(page).toContain('<div class="value">3</div><div class="label">files checked</div>');
    expect(page).toContain('<div class="value">2</div><div class="label">with findings</div>');
    expect(page).not.toContain('id="file-0"');
    expect(page.indexOf('id="summary"')).toBeLessThan(page.indexOf('id="file-2"'));
    expect(page).toMatch(/<span class="rule">unsourced-claim<\/span><\/th><td>[^<]*&lt;b&gt;bold[^<]*<\/td><td class="num zero" data-sort="0">0<\/td><td class="num warnings-cell" data-sort="2">2<\/td>/);
  });

  it('shows the evidence summary when results carry one, in the table and above the article', () => {
    const evidence = { claims: 8, claimsSourced: 5, shareSourced: 0.625, citations: 6, dangling: 1, references: 4, referenceMedianAge: 7.5, readingGrade: 11.24, referenceDate: '2026-01-31', futureField: 3 };
    const page = html(
      [resultFor('/articles/a.md', article, findings, { evidence }), resultFor('/articles/b.md', article, [], { evidence: { claims: 0, shareSourced: null } })],
      context,
    );
    for (const label of ['Claims', 'Sourced', '% sourced', 'Citations', 'Dangling', 'References', 'Ref. age', 'Grade', 'Future field']) {
      expect(page).toContain(`<button type="button" class="sort">${label}</button>`);
    }
    expect(page).toContain('<td class="num" data-sort="0.625">63%</td>');
    expect(page).toContain('<td class="num" data-sort="11.24">11.2</td>');
    expect(page).toContain('<dd>63%</dd>');
    // A date is worth reading above the article but not a column to sort by.
    expect(page).toContain('<dd>2026-01-31</dd>');
    expect(page).not.toContain('class="sort">Ages as of<');
    expect(page).toMatch(/<dl class="evidence"/);
    const plain = html([resultFor('/articles/a.md', article, findings)], context);
    expect(plain).not.toContain('class="evidence"');
    expect(plain).not.toContain('>Claims<');
  });

  it('stays usable for 1,000 files: clean files only in the table, articles folded past the limit', () => {
    const source = readFileSync(join(projectRoot, 'fixtures/examples/magnesium-for-sleep.md'), 'utf8');
    const sentence = 'Magnesium is a mineral';
    const results = Array.from({ length: 1000 }, (_, index) =>
      resultFor(`/articles/a-${String(index).padStart(4, '0')}.md`, source, index % 3 === 0 ? [{ ruleId: 'unsourced-claim', text: sentence }, { ruleId: 'unhedged-efficacy', text: 'cures' }] : []),
    );
    const started = performance.now();
    const page = html(results, context);
    const elapsed = performance.now() - started;
    const withFindings = results.filter((result) => result.messages.length > 0);
    const textBytes = withFindings.reduce((sum, result) => sum + Buffer.byteLength(result.source ?? ''), 0);
    const pageBytes = Buffer.byteLength(page);
    console.log(`html report for 1,000 files (${withFindings.length} with findings): ${(pageBytes / 1024).toFixed(0)} KiB, article text ${(textBytes / 1024).toFixed(0)} KiB, ${elapsed.toFixed(0)} ms`);
    expect(withFindings.length).toBeGreaterThan(UNFOLDED_ARTICLES_LIMIT);
    expect(count(page, /<section class="article"/g)).toBe(withFindings.length);
    expect(count(page, /<details open>/g)).toBe(0);
    expect(count(page, /<tr>/g)).toBe(1000 + 1 + 1 + 2); // file rows and header, the rules table's header and rows
    // The article text dominates; markup adds a bounded amount per file row, article and finding.
    const findingCount = withFindings.length * 2;
    expect(pageBytes).toBeLessThan(textBytes + 1000 * 350 + withFindings.length * 600 + findingCount * 600 + 60_000);
    expect(elapsed).toBeLessThan(5000);
  });
});
