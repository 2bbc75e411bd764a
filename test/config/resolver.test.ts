import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/config/resolver.js';
import type { ResolvedConfig } from '../../src/config/types.js';
import { fakeRules, makeTree } from './helpers.js';

/** `{ id: severity }` of the enabled rules, for compact assertions. */
function severities(config: ResolvedConfig): Record<string, string> {
  return Object.fromEntries(config.rules.map(({ rule, severity }) => [rule.meta.id, severity]));
}

function optionsOf(config: ResolvedConfig, id: string): Record<string, unknown> | undefined {
  return config.rules.find(({ rule }) => rule.meta.id === id)?.options;
}

const recommended = {
  'dangling-citation': 'error',
  'missing-contraindications': 'error',
  'unhedged-efficacy': 'warn',
  'unsourced-claim': 'warn',
  'unused-reference': 'warn',
};

describe('ConfigResolver discovery and cascade', () => {
  it('uses the recommended preset when no config exists anywhere', async () => {
    const cwd = await makeTree({ 'a.md': '', 'package.json': { name: 'no-medlint-key' } });
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules });
    const config = await resolver.forFile('a.md');
    expect(severities(config)).toEqual(recommended);
    expect(config.configFiles).toEqual([]);
  });

  it('extends the recommended preset from package.json', async () => {
    const cwd = await makeTree({ 'package.json': { name: 'x', medlint: { root: true, extends: 'medlint:recommended' } } });
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules });
    const config = await resolver.forFile('a.md');
    expect(severities(config)).toEqual(recommended);
    expect(config.configFiles).toEqual([join(cwd, 'package.json')]);
  });

  it('falls back to recommended with --no-config', async () => {
    const cwd = await makeTree({ '.medlintrc.json': { root: true, rules: { 'unsourced-claim': 'off' } } });
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules, useConfigFiles: false });
    const config = await resolver.forFile('a.md');
    expect(severities(config)).toEqual(recommended);
    expect(config.configFiles).toEqual([]);
  });

  it('merges farther configs under nearer ones and stops at root: true', async () => {
    const cwd = await makeTree({
      'outer/.medlintrc.json': { rules: { 'unused-reference': 'error' } },
      'outer/project/.medlintrc.yaml': 'root: true\nextends: medlint:recommended\nrules:\n  unsourced-claim: error\n',
      'outer/project/docs/.medlintrc.json': { rules: { 'unsourced-claim': 'off', 'dangling-citation': 1 } },
    });
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules });
    const config = await resolver.forFile(join(cwd, 'outer/project/docs/sub/a.md'));
    expect(severities(config)).toEqual({
      'dangling-citation': 'warn',
      'missing-contraindications': 'error',
      'unhedged-efficacy': 'warn',
      'unused-reference': 'warn', // outer's error is beyond root: true
    });
    expect(config.configFiles).toEqual([
      join(cwd, 'outer/project/.medlintrc.yaml'),
      join(cwd, 'outer/project/docs/.medlintrc.json'),
    ]);
    const above = await resolver.forFile(join(cwd, 'outer/project/a.md'));
    expect(severities(above)['unsourced-claim']).toBe('error');
  });

  it('reads every config format and picks the first in order within a directory', async () => {
    const cwd = await makeTree({
      'json/.medlintrc.json': { root: true, rules: { 'unsourced-claim': 'error' } },
      'json/.medlintrc.yaml': 'root: true\nrules: { unsourced-claim: warn }\n',
      'yml/.medlintrc.yml': 'root: true\nrules:\n  unsourced-claim: 2\n',
      'js/medlint.config.js': 'export default { root: true, rules: { "unsourced-claim": "error" } };\n',
      'js/package.json': { type: 'module' },
      'mjs/medlint.config.mjs': 'export default { root: true, rules: { "unsourced-claim": ["error", { minWords: 9 }] } };\n',
      'pkg/package.json': { name: 'pkg', medlint: { root: true, rules: { 'unsourced-claim': 'error' } } },
      'pkg/sub/package.json': { name: 'no-key' },
    });
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules });
    for (const directory of ['json', 'yml', 'js', 'mjs', 'pkg/sub']) {
      const config = await resolver.forFile(join(cwd, directory, 'a.md'));
      expect(severities(config), directory).toEqual({ 'unsourced-claim': 'error' });
    }
    expect((await resolver.forFile(join(cwd, 'json/a.md'))).configFiles).toEqual([join(cwd, 'json/.medlintrc.json')]);
    expect(optionsOf(await resolver.forFile(join(cwd, 'mjs/a.md')), 'unsourced-claim')).toEqual({ minWords: 9 });
    expect((await resolver.forFile(join(cwd, 'pkg/sub/a.md'))).configFiles).toEqual([join(cwd, 'pkg/package.json')]);
  });

  it('uses only the --config file when given', async () => {
    const cwd = await makeTree({
      '.medlintrc.json': { root: true, rules: { 'unsourced-claim': 'error' } },
      'custom/config.yaml': 'rules:\n  dangling-citation: warn\n',
    });
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules, configFile: 'custom/config.yaml' });
    const config = await resolver.forFile('a.md');
    expect(severities(config)).toEqual({ 'dangling-citation': 'warn' });
    expect(config.configFiles).toEqual([join(cwd, 'custom/config.yaml')]);
  });

  it('applies --rule settings last', async () => {
    const cwd = await makeTree({ '.medlintrc.json': { root: true, rules: { 'unsourced-claim': 'error' } } });
    const resolver = new ConfigResolver({
      cwd,
      builtinRules: fakeRules,
      cliRules: { 'unsourced-claim': 'off', 'unhedged-efficacy': ['warn', { allow: ['cure'] }] },
    });
    const config = await resolver.forFile('a.md');
    expect(severities(config)).toEqual({ 'unhedged-efficacy': 'warn' });
    expect(optionsOf(config, 'unhedged-efficacy')).toEqual({ allow: ['cure'], strictness: 'low' });
  });

  it('caches per directory and returns the same object for files sharing one', async () => {
    const cwd = await makeTree({ '.medlintrc.json': { root: true, extends: 'medlint:strict' } });
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules });
    const [a, b] = await Promise.all([resolver.forFile('a.md'), resolver.forFile('b.md')]);
    expect(a).toBe(b);
  });
});

describe('ConfigResolver extends, options and overrides', () => {
  it('follows extends chains of files and presets; the extending file wins', async () => {
    const cwd = await makeTree({
      'base/strict.json': { extends: 'medlint:strict', rules: { 'unhedged-efficacy': ['error', { allow: ['cure'] }] } },
      'base/middle.yaml': 'extends: ./strict.json\nrules:\n  unused-reference: warn\n',
      '.medlintrc.json': { root: true, extends: ['./base/middle.yaml'], rules: { 'unhedged-efficacy': 'warn' } },
    });
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules });
    const config = await resolver.forFile('a.md');
    expect(severities(config)).toEqual({
      'dangling-citation': 'error',
      'missing-contraindications': 'error',
      'unhedged-efficacy': 'warn',
      'unsourced-claim': 'error',
      'unused-reference': 'warn',
    });
    // A severity alone keeps the options set further down the chain.
    expect(optionsOf(config, 'unhedged-efficacy')).toEqual({ allow: ['cure'], strictness: 'low' });
    expect(optionsOf(config, 'unsourced-claim')).toEqual({ minWords: 6 });
    expect(config.configFiles).toEqual([join(cwd, 'base/strict.json'), join(cwd, 'base/middle.yaml'), join(cwd, '.medlintrc.json')]);
  });

  it('applies overrides by glob relative to the declaring config, later ones winning', async () => {
    const cwd = await makeTree({
      'site/.medlintrc.json': {
        root: true,
        rules: { 'unsourced-claim': 'warn' },
        overrides: [
          { files: 'drafts/**', excludedFiles: 'drafts/final-*.md', rules: { 'unsourced-claim': 'off' } },
          { files: ['*.txt'], rules: { 'unsourced-claim': 'error' } },
          { files: '.hidden/*.md', rules: { 'dangling-citation': 'error' } },
        ],
      },
    });
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules });
    const at = async (path: string) => severities(await resolver.forFile(join(cwd, 'site', path)));
    expect(await at('a.md')).toEqual({ 'unsourced-claim': 'warn' });
    expect(await at('drafts/x.md')).toEqual({});
    expect(await at('drafts/final-x.md')).toEqual({ 'unsourced-claim': 'warn' });
    expect(await at('drafts/deep/x.txt')).toEqual({ 'unsourced-claim': 'error' });
    expect(await at('.hidden/x.md')).toEqual({ 'dangling-citation': 'error', 'unsourced-claim': 'warn' });
    // Outside the config's directory its globs never match.
    expect(severities(await resolver.forFile(join(cwd, 'drafts/x.md')))).toEqual(recommended);
  });

  it('loads plugin rules from a path and from a package', async () => {
    const pluginSource = (id: string, shape: string) =>
      `const rule = { meta: { id: '${id}', description: 'x', defaultSeverity: 'warn', docs: 'x' }, defaultOptions: { level: 1 }, check() {} };\n${shape}\n`;
    const cwd = await makeTree({
      'plugins/named.mjs': pluginSource('house-style', 'export const rules = [rule];'),
      'plugins/default.mjs': pluginSource('brand-names', 'export default { rules: [rule] };'),
      'node_modules/medlint-plugin-single/package.json': { name: 'medlint-plugin-single', type: 'module', exports: { '.': { import: './index.js' } } },
      'node_modules/medlint-plugin-single/index.js': pluginSource('single', 'export default rule;'),
      '.medlintrc.json': {
        root: true,
        plugins: ['./plugins/named.mjs', './plugins/default.mjs', 'medlint-plugin-single'],
        rules: { 'house-style': ['error', { level: 3 }], 'brand-names': 'warn' },
      },
      'sub/.medlintrc.json': { rules: { single: 'warn', 'house-style': 'off' } },
    });
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules });
    const config = await resolver.forFile('a.md');
    expect(severities(config)).toEqual({ 'house-style': 'error', 'brand-names': 'warn' });
    expect(optionsOf(config, 'house-style')).toEqual({ level: 3 });
    // A nearer config may configure rules of a plugin declared further up.
    expect(severities(await resolver.forFile('sub/a.md'))).toEqual({ 'brand-names': 'warn', single: 'warn' });
  });

  it('reports config ignorePatterns relative to cwd and answers isIgnored', async () => {
    const cwd = await makeTree({
      '.medlintrc.json': { root: true, ignorePatterns: ['archive/', '!archive/keep.md'] },
      'docs/.medlintrc.yaml': 'ignorePatterns: ["*.draft.md", "/generated"]\n',
    });
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules });
    const config = await resolver.forFile('docs/a.md');
    expect(config.ignorePatterns).toEqual(['archive/', '!archive/keep.md', '/docs/**/*.draft.md', '/docs/generated']);
    expect(await resolver.isIgnored('docs/x/y.draft.md')).toBe(true);
    expect(await resolver.isIgnored('docs/generated/a.md')).toBe(true);
    expect(await resolver.isIgnored('generated/a.md')).toBe(false);
    expect(await resolver.isIgnored('archive/old.md')).toBe(true);
    expect(await resolver.isIgnored('docs/a.md')).toBe(false);
  });
});
