/**
 * The report in a real browser (Debian's chromium through playwright-core):
 * nothing from the article runs, the summary lists every file, findings
 * scroll into view by mouse and keyboard, both colour schemes and print work.
 * Screenshots land in test/artifacts/ for a person to look at.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { html } from '../../src/format/html.js';
import { projectRoot, runCli, tempTree } from '../cli/run-cli.js';
import { hostileArticle } from './hostile-article.js';
import { context, resultFor } from './results.js';

const chromiumPath = process.env.MEDLINT_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(chromiumPath);
/** In CI (and under .ci/run) a missing browser is a failure, not a skip. */
const requireChromium = Boolean(process.env.CI || process.env.MEDLINT_REQUIRE_CHROMIUM);
const artifacts = join(projectRoot, 'test', 'artifacts');

if (!haveChromium && !requireChromium) {
  console.warn(`skipping the html browser tests: ${chromiumPath} is missing (apt-get install chromium)`);
}

describe.runIf(!haveChromium && requireChromium)('html report in a browser', () => {
  it('needs chromium in CI', () => {
    expect.fail(`${chromiumPath} is missing: .ci/run installs Debian's chromium before the tests`);
  });
});

/** Long enough that a finding at its end is far from the list beside it. */
const longArticle = [
  '# A tonic for sleep',
  '',
  'This tonic cures insomnia in every patient.',
  '',
  ...Array.from({ length: 60 }, (_, index) => `Paragraph ${index + 1} describes how the trial was run, in plain words for readers.\n`),
  'By the end, the tonic cures insomnia in every patient, the makers say.',
  '',
].join('\n');

const files = {
  'hostile.md': hostileArticle,
  'long-article.md': longArticle,
  'magnesium-for-sleep.md': readFileSync(join(projectRoot, 'fixtures/examples/magnesium-for-sleep.md'), 'utf8'),
  'vitamin-d-leaflet.md': readFileSync(join(projectRoot, 'fixtures/examples/vitamin-d-leaflet.md'), 'utf8'),
};

interface OpenedReport {
  page: Page;
  /** Console errors, failed requests and uncaught exceptions. */
  problems: string[];
}

describe.runIf(haveChromium)('html report in a browser', () => {
  let browser: Browser;
  let reportUrl: string;

  async function open(url: string, colorScheme: 'light' | 'dark' = 'light', height = 900): Promise<OpenedReport> {
    const page = await browser.newPage({ viewport: { width: 1280, height }, colorScheme });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    page.on('request', (request) => {
      if (request.url() !== url) problems.push(`request: ${request.url()}`);
    });
    await page.goto(url);
    return { page, problems };
  }

  /** True when the element's box lies within the viewport. */
  function inViewport(page: Page, selector: string): Promise<boolean> {
    return page.evaluate((css) => {
      const element = document.querySelector(css);
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight && box.left >= 0 && box.right <= window.innerWidth;
    }, selector);
  }

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    const dir = tempTree(files);
    const run = runCli(['--format', 'html', '--output-file', 'report.html', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    const reportPath = join(dir, 'report.html');
    copyFileSync(reportPath, join(artifacts, 'html-report.html'));
    reportUrl = pathToFileURL(reportPath).href;
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('runs no script from the article, shows its payloads as text and logs no errors', async () => {
    const { page, problems } = await open(reportUrl);
    expect(await page.evaluate(() => (window as unknown as { __medlintPwned?: unknown }).__medlintPwned)).toBeUndefined();
    expect(await page.evaluate(() => getComputedStyle(document.body).display)).not.toBe('none');
    expect(await page.locator('img, iframe, svg, a[href^="javascript"]').count()).toBe(0);
    const text = await page.locator('section.article', { hasText: 'hostile.md' }).locator('.text').textContent();
    expect(text).toContain('<script>window.__medlintPwned = "title"</script>');
    expect(text).toContain('<img src=x onerror="window.__medlintPwned = \'img\'">');
    expect(text).toContain('${window.__medlintPwned = "template"}');
    await page.locator('mark.hl').first().hover();
    await page.locator('button.finding').last().click();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists every file in the summary table, worst first, and sorts by a column', async () => {
    const { page } = await open(reportUrl);
    const names = await page.locator('#files tbody th').allTextContents();
    expect(names.map((name) => name.replace(/\s*no findings$/, '')).sort()).toEqual(Object.keys(files).sort());
    expect(names.at(-1)).toContain('vitamin-d-leaflet.md');
    await page.locator('#files thead button', { hasText: 'Warnings' }).click();
    const warnings = (await page.locator('#files tbody tr td:nth-of-type(2)').allTextContents()).map(Number);
    expect(warnings).toEqual([...warnings].sort((a, b) => b - a));
    expect(await page.locator('#files thead th[aria-sort="descending"]').textContent()).toBe('Warnings');
    await page.close();
  });

  it('scrolls a finding’s highlight into view when the finding is clicked', async () => {
    const { page } = await open(reportUrl);
    const section = page.locator('section.article', { hasText: 'long-article.md' });
    const last = section.locator('button.finding').last();
    const anchor = `#${await last.getAttribute('data-anchor')}`;
    await last.scrollIntoViewIfNeeded();
    expect(await inViewport(page, anchor)).toBe(false);
    await last.click();
    expect(await inViewport(page, anchor)).toBe(true);
    await expect.poll(() => page.locator(anchor).getAttribute('class')).toContain('active');
    expect(await last.getAttribute('aria-current')).toBe('true');
    await page.close();
  });

  it('is keyboard navigable: Tab to a highlight shows its message, Enter and Space show a finding', async () => {
    const { page } = await open(reportUrl);
    const focused = (): Promise<string> => page.evaluate(() => {
      const element = document.activeElement;
      return element ? `${element.tagName.toLowerCase()}.${element.className}` : '';
    });
    let presses = 0;
    while (!(await focused()).startsWith('mark.hl') && presses++ < 200) await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^mark\.hl/);
    const tip = page.locator('#tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    const firstNumber = (await page.evaluate(() => document.activeElement?.getAttribute('data-f') ?? '')).split(' ')[0];
    const fileIndex = await page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('data-file'));
    const item = page.locator(`#i${fileIndex}-${firstNumber}`);
    expect(await tip.textContent()).toContain((await item.locator('.finding-message').textContent()) ?? '∅');
    await page.keyboard.press('Enter');
    expect(await item.getAttribute('aria-current')).toBe('true');

    presses = 0;
    while (!(await focused()).startsWith('button.finding') && presses++ < 400) await page.keyboard.press('Tab');
    expect(await focused()).toMatch(/^button\.finding/);
    const button = await page.evaluate(() => ({ id: document.activeElement?.id, anchor: document.activeElement?.getAttribute('data-anchor') }));
    await page.keyboard.press('Space');
    expect(await page.locator(`#${button.id}`).getAttribute('aria-current')).toBe('true');
    expect(await inViewport(page, `#${button.anchor}`)).toBe(true);
    await page.keyboard.press('j');
    const next = await page.evaluate(() => document.activeElement?.id);
    expect(next).not.toBe(button.id);
    expect(await page.locator(`#${next}`).getAttribute('aria-current')).toBe('true');
    await page.close();
  });

  it('reads well in light and dark schemes, with visible highlights, and keeps screenshots', async () => {
    const luminance = (rgb: string): number => {
      const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((value) => {
        const channel = value / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string): number => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (light + 0.05) / (dark + 0.05);
    };
    for (const scheme of ['light', 'dark'] as const) {
      const { page, problems } = await open(reportUrl, scheme, 1000);
      const colours = await page.evaluate(() => {
        const text = document.querySelector('.text') as Element;
        const mark = document.querySelector('mark.hl:not(.point)') as Element;
        return {
          page: getComputedStyle(document.documentElement).backgroundColor,
          panel: getComputedStyle(document.querySelector('section.article') as Element).backgroundColor,
          text: getComputedStyle(text).color,
          mark: getComputedStyle(mark).backgroundColor,
        };
      });
      expect(luminance(colours.page) < 0.2).toBe(scheme === 'dark');
      expect(contrast(colours.text, colours.panel)).toBeGreaterThan(7);
      expect(colours.mark).not.toBe('rgba(0, 0, 0, 0)');
      await page.screenshot({ path: join(artifacts, `html-report-${scheme}.png`) });
      await page.locator('section.article').first().scrollIntoViewIfNeeded();
      await page.locator('section.article').first().locator('mark.hl').nth(2).hover();
      await page.screenshot({ path: join(artifacts, `html-report-${scheme}-article.png`) });
      expect(problems).toEqual([]);
      await page.close();
    }
  });

  it('keeps a screenshot of the example articles for the README (copy it to docs/report.png by hand)', async () => {
    const examples = ['fixtures/examples/magnesium-for-sleep.md', 'fixtures/examples/vitamin-d-leaflet.md', 'fixtures/eval/04-cbd-oil-shop.md', 'fixtures/eval/05-time-restricted-eating-news.md'];
    const dir = tempTree(Object.fromEntries(examples.map((path) => [path.split('/').pop() as string, readFileSync(join(projectRoot, path), 'utf8')])));
    runCli(['--format', 'html', '--output-file', 'report.html', '.'], { cwd: dir });
    const { page, problems } = await open(pathToFileURL(join(dir, 'report.html')).href, 'light', 1600);
    await page.screenshot({ path: join(artifacts, 'html-report-readme.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has a print stylesheet: one column, no controls, every article unfolded', async () => {
    const { page } = await open(reportUrl);
    await page.locator('button[data-toggle="close"]').click();
    expect(await page.locator('section.article > details[open]').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    const print = await page.evaluate(() => ({
      list: getComputedStyle(document.querySelector('aside.findings ol') as Element).position,
      body: getComputedStyle(document.querySelector('.article-body') as Element).display,
      toolbar: getComputedStyle(document.querySelector('.toolbar button') as Element).display,
      folded: document.querySelectorAll('section.article > details:not([open])').length,
    }));
    expect(print).toEqual({ list: 'static', body: 'block', toolbar: 'none', folded: 0 });
    await page.screenshot({ path: join(artifacts, 'html-report-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.close();
  });

  it('opens a report over 1,000 files quickly, and a file link unfolds its article', async () => {
    const source = files['magnesium-for-sleep.md'];
    const results = Array.from({ length: 1000 }, (_, index) =>
      resultFor(`/articles/article-${String(index).padStart(4, '0')}.md`, source, index % 2 === 0 ? [{ ruleId: 'unhedged-efficacy', text: 'cures' }, { ruleId: 'unsourced-claim', text: 'Magnesium is a mineral' }] : []),
    );
    const path = join(artifacts, 'html-report-1000.html');
    writeFileSync(path, html(results, context));
    const started = Date.now();
    const { page, problems } = await open(pathToFileURL(path).href);
    const loadMs = Date.now() - started;
    console.log(`1,000-file html report: ${(readFileSync(path).byteLength / 1024).toFixed(0)} KiB, opened in ${loadMs} ms`);
    expect(loadMs).toBeLessThan(10_000);
    expect(await page.locator('#files tbody tr').count()).toBe(1000);
    const link = page.locator('#files a.file-link').last();
    const target = (await link.getAttribute('href')) ?? '';
    expect(await page.locator(`${target} > details`).getAttribute('open')).toBeNull();
    await link.click();
    expect(await page.locator(`${target} > details`).getAttribute('open')).toBe('');
    await page.locator(`${target} button.finding`).first().click();
    expect(await inViewport(page, `${target} mark.hl.active`)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);
});
