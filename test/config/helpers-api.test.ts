import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/error.js';
import { locateJsonError } from '../../src/config/json-error.js';
import { resolvedToPrintable } from '../../src/config/printable.js';
import { rebaseIgnorePattern } from '../../src/config/rebase-ignore.js';
import { ConfigResolver } from '../../src/config/resolver.js';
import { parseRuleFlag } from '../../src/config/rule-flag.js';
import { starterConfig } from '../../src/config/starter.js';
import { presets } from '../../rules/presets.js';
import { fakeRules, makeTree } from './helpers.js';

describe('parseRuleFlag', () => {
  it.each([
    ['unsourced-claim:off', ['unsourced-claim', 'off']],
    ['unsourced-claim: error', ['unsourced-claim', 'error']],
    ['unsourced-claim:2', ['unsourced-claim', 2]],
    ['unhedged-efficacy:["warn",{"allow":["x"]}]', ['unhedged-efficacy', ['warn', { allow: ['x'] }]]],
    ['my-plugin:rule-id:"warn"', ['my-plugin', 'rule-id:"warn"']],
  ])('%s', (flag, expected) => {
    expect(parseRuleFlag(flag)).toEqual(expected);
  });

  it.each([
    ['unsourced-claim', "Invalid --rule: 'unsourced-claim': expected id:severity, e.g. --rule unsourced-claim:off"],
    [':warn', "Invalid --rule: ':warn': expected id:severity, e.g. --rule unsourced-claim:off"],
    ['x:["warn",', `Invalid --rule x: '["warn",' is not valid JSON; expected e.g. '["warn",{"option":"value"}]'`],
  ])('rejects %s', (flag, message) => {
    expect(() => parseRuleFlag(flag)).toThrow(ConfigError);
    expect(() => parseRuleFlag(flag)).toThrow(message);
  });
});

describe('presets', () => {
  it('recommended and strict cover the same rules; strict turns every rule on and makes the recommended ones errors', () => {
    expect(Object.keys(presets.strict).sort()).toEqual(Object.keys(presets.recommended).sort());
    for (const [id, severity] of Object.entries(presets.strict)) {
      expect(severity, id).not.toBe('off');
      if (presets.recommended[id] !== 'off') expect(severity, id).toBe('error');
    }
  });
});

describe('starterConfig and resolvedToPrintable', () => {
  it('writes a valid config that --print-config shows as plain JSON', async () => {
    const cwd = await makeTree({ '.medlintrc.json': starterConfig() });
    const parsed = JSON.parse(starterConfig()) as Record<string, unknown>;
    expect(parsed.extends).toEqual(['medlint:recommended']);
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules });
    const printable = resolvedToPrintable(await resolver.forFile('drafts/a.md'));
    expect(JSON.parse(JSON.stringify(printable))).toEqual(printable);
    expect(printable.rules['unsourced-claim']).toBeUndefined();
    expect(printable.rules['unhedged-efficacy']).toEqual(['error', { allow: [], strictness: 'low' }]);
    expect(printable.rules['dangling-citation']).toEqual(['error', {}]);
    expect(printable.configFiles).toHaveLength(1);
  });
});

describe('rebaseIgnorePattern', () => {
  it.each([
    ['drafts/', '/p', '/p', 'drafts/'],
    ['drafts/', '/p/sub', '/p', '/sub/**/drafts/'],
    ['/build', '/p/sub', '/p', '/sub/build'],
    ['!a/keep.md', '/p/sub', '/p', '!/sub/a/keep.md'],
    ['*.tmp', '/p', '/p/sub', '*.tmp'],
    ['sub/x/*.md', '/p', '/p/sub', '/x/*.md'],
    ['*/x', '/p', '/p/sub', '/x'],
    ['other/x', '/p', '/p/sub', null],
    ['**/x', '/p', '/p/sub', '/**/x'],
    ['sub/', '/p', '/p/sub', '*'],
    ['/x', '/q', '/p', null],
  ])('%s from %s to %s', (pattern, from, to, expected) => {
    expect(rebaseIgnorePattern(pattern, from, to)).toBe(expected);
  });
});

describe('locateJsonError', () => {
  it.each([
    ['{"a":}', 1, 6, 'a value'],
    ['{"a": 1\n "b": 2}', 2, 2, "',' or '}' after the property value"],
    ['', 1, 1, 'a value'],
    ['{"a": "x\n"}', 1, 9, 'a closing double quote'],
    ['{} x', 1, 4, 'the end of the file'],
  ])('%j', (text, line, column, expected) => {
    expect(locateJsonError(text)).toEqual({ line, column, expected });
  });
});

describe('presets against the built-in rules', () => {
  it('name only built-in rules, and the resolver accepts the real rule list', async () => {
    const { builtinRules } = await import('../../rules/index.js');
    const ids = new Set(builtinRules.map((rule) => rule.meta.id));
    for (const id of Object.keys(presets.strict)) expect(ids, id).toContain(id);
    const cwd = await makeTree({ '.medlintrc.json': { root: true, extends: 'medlint:strict' } });
    const config = await new ConfigResolver({ cwd, builtinRules }).forFile('a.md');
    expect(config.rules.map(({ rule }) => rule.meta.id)).toEqual([...ids].sort());
  });
});
