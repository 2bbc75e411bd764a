import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFingerprint, hashText } from '../../src/cache/fingerprint.js';
import { DEFAULT_CACHE_FILE, LintCache, resolveCacheLocation } from '../../src/cache/lint-cache.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { defineRule, type LintResult } from '../../src/engine/types.js';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'medlint-cache-'));
}

function result(filePath: string, message = 'Cite a source.'): LintResult {
  return {
    filePath,
    messages: [{ ruleId: 'some-rule', severity: 1, message, line: 1, column: 1, endLine: 1, endColumn: 5 }],
    errorCount: 0,
    warningCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    source: 'the text',
  };
}

const context = { version: '1.0.0', reportUnusedDirectives: 'off' };

function configWith(check: () => void, severity: 'warn' | 'error' = 'warn', options: Record<string, unknown> = {}): ResolvedConfig {
  const rule = defineRule({
    meta: { id: 'some-rule', description: 'x', defaultSeverity: 'warn', docs: 'docs/rules/some-rule.md' },
    defaultOptions: {},
    check,
  });
  return { rules: [{ rule, severity, options }], ignorePatterns: [], configFiles: [] };
}

describe('LintCache', () => {
  it('returns a stored result only for the same text and config hashes, without the source', async () => {
    const location = join(tempDir(), DEFAULT_CACHE_FILE);
    const { cache, warning } = await LintCache.load(location, '1.0.0');
    expect(warning).toBeNull();
    cache.set('/a.md', 'text-1', 'config-1', result('/a.md'));
    expect(cache.get('/a.md', 'text-1', 'config-1')).toMatchObject({ filePath: '/a.md', warningCount: 1 });
    expect(cache.get('/a.md', 'text-1', 'config-1')?.source).toBeUndefined();
    expect(cache.get('/a.md', 'text-2', 'config-1')).toBeUndefined();
    expect(cache.get('/a.md', 'text-1', 'config-2')).toBeUndefined();
    expect(cache.get('/b.md', 'text-1', 'config-1')).toBeUndefined();
  });

  it('serves a run that prints the evidence summary only results stored with one', async () => {
    const { cache } = await LintCache.load(join(tempDir(), DEFAULT_CACHE_FILE), '1.0.0');
    cache.set('/plain.md', 'h', 'c', result('/plain.md'), false);
    cache.set('/rich.md', 'h', 'c', { ...result('/rich.md'), evidence: { claims: 1 } as LintResult['evidence'] & object }, true);
    cache.set('/unparsed.md', 'h', 'c', result('/unparsed.md'), true);
    expect(cache.get('/plain.md', 'h', 'c')).toBeDefined();
    expect(cache.get('/plain.md', 'h', 'c', true)).toBeUndefined();
    expect(cache.get('/rich.md', 'h', 'c', true)?.evidence).toMatchObject({ claims: 1 });
    expect(cache.get('/rich.md', 'h', 'c', false)).toBeDefined();
    expect(cache.get('/unparsed.md', 'h', 'c', true)).toBeDefined();
  });

  it('survives a save and a load, and forgets everything for another medlint version', async () => {
    const dir = tempDir();
    const location = join(dir, DEFAULT_CACHE_FILE);
    const file = join(dir, 'a.md');
    writeFileSync(file, 'text');
    const first = (await LintCache.load(location, '1.0.0')).cache;
    first.set(file, 'h', 'c', result(file));
    await first.save();
    expect(readFileSync(location, 'utf8')).not.toContain('the text');
    const again = (await LintCache.load(location, '1.0.0')).cache;
    expect(again.get(file, 'h', 'c')?.messages).toHaveLength(1);
    const upgraded = (await LintCache.load(location, '1.1.0')).cache;
    expect(upgraded.get(file, 'h', 'c')).toBeUndefined();
  });

  it('drops entries of deleted files it did not see, and a deleted entry', async () => {
    const dir = tempDir();
    const location = join(dir, DEFAULT_CACHE_FILE);
    const cache = (await LintCache.load(location, '1')).cache;
    cache.set(join(dir, 'gone.md'), 'h', 'c', result('gone.md'));
    cache.set(join(dir, 'fixed.md'), 'h', 'c', result('fixed.md'));
    cache.delete(join(dir, 'fixed.md'));
    await cache.save();
    const reloaded = (await LintCache.load(location, '1')).cache;
    // gone.md was seen in the first run, so it is kept once; the next run that does not see it drops it.
    expect(reloaded.get(join(dir, 'fixed.md'), 'h', 'c')).toBeUndefined();
    await (await LintCache.load(location, '1')).cache.save();
    expect(JSON.parse(readFileSync(location, 'utf8')).files).toEqual({});
  });

  it('ignores a corrupt or foreign cache file with a warning', async () => {
    for (const content of ['{"medlint": "1", "files": {', '[1, 2]', 'null', '{"medlint": 1}']) {
      const location = join(tempDir(), DEFAULT_CACHE_FILE);
      writeFileSync(location, content);
      const { cache, warning } = await LintCache.load(location, '1');
      expect(warning).toContain('unreadable');
      expect(cache.get('/a.md', 'h', 'c')).toBeUndefined();
      await cache.save();
      expect(JSON.parse(readFileSync(location, 'utf8'))).toEqual({ medlint: '1', files: {} });
    }
  });

  it('skips malformed entries in an otherwise good file', async () => {
    const location = join(tempDir(), DEFAULT_CACHE_FILE);
    writeFileSync(location, JSON.stringify({ medlint: '1', files: { '/a.md': { text: 'h' }, '/b.md': { text: 'h', config: 'c', result: { messages: [] } } } }));
    const { cache } = await LintCache.load(location, '1');
    expect(cache.get('/a.md', 'h', 'c')).toBeUndefined();
    expect(cache.get('/b.md', 'h', 'c')).toMatchObject({ filePath: '/b.md', messages: [] });
  });
});

describe('resolveCacheLocation', () => {
  it('defaults to .medlintcache in cwd, takes a file, and puts the file inside a directory', () => {
    const dir = tempDir();
    expect(resolveCacheLocation(dir, undefined)).toBe(join(dir, '.medlintcache'));
    expect(resolveCacheLocation(dir, 'my-cache.json')).toBe(join(dir, 'my-cache.json'));
    expect(resolveCacheLocation(dir, '.')).toBe(join(dir, '.medlintcache'));
    expect(resolveCacheLocation(dir, 'not-yet/')).toBe(join(dir, 'not-yet', '.medlintcache'));
  });
});

describe('configFingerprint', () => {
  const check = () => {};

  it('is stable for equal configs and changes with severity, options, rule code, version and directive reporting', () => {
    const base = configFingerprint(configWith(check), context);
    expect(configFingerprint(configWith(check), context)).toBe(base);
    expect(configFingerprint(configWith(check, 'error'), context)).not.toBe(base);
    expect(configFingerprint(configWith(check, 'warn', { allow: ['x'] }), context)).not.toBe(base);
    expect(configFingerprint(configWith(() => void 0), context)).not.toBe(base);
    expect(configFingerprint(configWith(check), { ...context, version: '1.0.1' })).not.toBe(base);
    expect(configFingerprint(configWith(check), { ...context, reportUnusedDirectives: 'warn' })).not.toBe(base);
  });

  it('hashes text', () => {
    expect(hashText('a')).toBe(hashText('a'));
    expect(hashText('a')).not.toBe(hashText('b'));
  });
});
