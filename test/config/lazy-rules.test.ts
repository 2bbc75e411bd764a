/** The resolver with the built-in rules as metadata only: code is loaded at the first forFile, never for isIgnored. */
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from '../../src/config/resolver.js';
import { ConfigError } from '../../src/config/error.js';
import { builtinRuleInfo, loadBuiltinRules } from '../../src/engine/rule-catalogue.js';
import type { Rule } from '../../src/engine/types.js';
import { fakeRules, makeTree } from './helpers.js';

function metadataOnly(rules: Rule[]) {
  let loads = 0;
  const builtinRules = rules.map(({ meta, defaultOptions }) => ({ meta, defaultOptions }));
  const loadBuiltinRules = async () => {
    loads++;
    return rules;
  };
  return { builtinRules, loadBuiltinRules, loads: () => loads };
}

describe('ConfigResolver with rule metadata only', () => {
  it('validates and answers isIgnored without loading rule code', async () => {
    const cwd = await makeTree({ '.medlintrc.json': { root: true, ignorePatterns: ['drafts/'], rules: { 'unhedged-efficacy': ['warn', { strictness: 'high' }] } } });
    const lazy = metadataOnly(fakeRules);
    const resolver = new ConfigResolver({ cwd, builtinRules: lazy.builtinRules, loadBuiltinRules: lazy.loadBuiltinRules });
    expect(await resolver.isIgnored('drafts/a.md')).toBe(true);
    expect(await resolver.isIgnored('a.md')).toBe(false);
    expect(lazy.loads()).toBe(0);
    const config = await resolver.forFile('a.md');
    await resolver.forFile('b.md');
    expect(lazy.loads()).toBe(1);
    const configured = config.rules.find(({ rule }) => rule.meta.id === 'unhedged-efficacy');
    expect(configured?.rule).toBe(fakeRules.find((rule) => rule.meta.id === 'unhedged-efficacy'));
    expect(configured?.options).toEqual({ allow: [], strictness: 'high' });
  });

  it('reports bad options from metadata alone', async () => {
    const cwd = await makeTree({ '.medlintrc.json': { root: true, rules: { 'unhedged-efficacy': ['warn', { strictness: 'medium' }] } } });
    const lazy = metadataOnly(fakeRules);
    const resolver = new ConfigResolver({ cwd, builtinRules: lazy.builtinRules, loadBuiltinRules: lazy.loadBuiltinRules });
    await expect(resolver.isIgnored('a.md')).rejects.toBeInstanceOf(ConfigError);
    expect(lazy.loads()).toBe(0);
  });

  it('resolves the real built-in rules the same way as with their code', async () => {
    const cwd = await makeTree({ 'a.md': '' });
    const rules = await loadBuiltinRules();
    const eager = await new ConfigResolver({ cwd, useConfigFiles: false, builtinRules: rules }).forFile('a.md');
    const lazy = await new ConfigResolver({ cwd, useConfigFiles: false, builtinRules: await builtinRuleInfo(), loadBuiltinRules }).forFile('a.md');
    expect(lazy.rules).toEqual(eager.rules);
    expect(lazy.rules.map(({ rule }) => rule)).toEqual(eager.rules.map(({ rule }) => rule));
  });
});
