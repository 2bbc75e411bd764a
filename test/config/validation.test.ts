import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/error.js';
import { ConfigResolver } from '../../src/config/resolver.js';
import { fakeRules, makeTree } from './helpers.js';

/** Resolves a file under a tree whose only config is `.medlintrc.json` (or the given files). */
async function configErrorFor(files: Record<string, string | object>, configFile = '.medlintrc.json'): Promise<ConfigError> {
  const cwd = await makeTree(files);
  const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules });
  const error = await resolver.forFile('a.md').then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ConfigError);
  const configError = error as ConfigError;
  expect(configError.filePath).toBe(join(cwd, configFile));
  // One line, naming the file.
  expect(configError.message).not.toContain('\n');
  expect(configError.message).toContain(configFile);
  return configError;
}

const rootWith = (config: object) => ({ '.medlintrc.json': { root: true, ...config } });

describe('config validation errors', () => {
  it.each([
    {
      name: 'an unknown top-level key',
      config: { rule: {} },
      keyPath: 'rule',
      detail: "unknown key 'rule' (did you mean 'rules'?); allowed keys: root, extends, rules, overrides, plugins, ignorePatterns",
    },
    { name: 'a non-boolean root', config: { rules: {}, root: 'yes' }, keyPath: 'root', detail: "expected boolean, got 'yes'" },
    {
      name: 'an unknown rule id',
      config: { rules: { 'unsorced-claim': 'warn' } },
      keyPath: 'rules.unsorced-claim',
      detail: "Unknown rule 'unsorced-claim' (did you mean 'unsourced-claim'?); run 'medlint rules' for the list",
    },
    {
      name: 'a bad severity name',
      config: { rules: { 'unsourced-claim': 'warning' } },
      keyPath: 'rules.unsourced-claim',
      detail: "bad severity 'warning'; expected one of off, warn, error (or 0, 1, 2)",
    },
    {
      name: 'a bad severity number inside an array',
      config: { rules: { 'unsourced-claim': [3, {}] } },
      keyPath: 'rules.unsourced-claim[0]',
      detail: 'bad severity 3; expected one of off, warn, error (or 0, 1, 2)',
    },
    {
      name: 'options that are not an object',
      config: { rules: { 'unsourced-claim': ['warn', 'strict'] } },
      keyPath: 'rules.unsourced-claim[1]',
      detail: "options must be an object, got 'strict'",
    },
    {
      name: 'an option of the wrong type (schema)',
      config: { rules: { 'unhedged-efficacy': ['warn', { allow: 'cure' }] } },
      keyPath: 'rules.unhedged-efficacy[1].allow',
      detail: "expected a list, got 'cure'",
    },
    {
      name: 'an unknown option (schema)',
      config: { rules: { 'unhedged-efficacy': ['warn', { alow: [] }] } },
      keyPath: 'rules.unhedged-efficacy[1].alow',
      detail: "unknown key 'alow' (did you mean 'allow'?); allowed keys: allow, strictness",
    },
    {
      name: 'an option outside its enum (schema)',
      config: { rules: { 'unhedged-efficacy': ['warn', { strictness: 'max' }] } },
      keyPath: 'rules.unhedged-efficacy[1].strictness',
      detail: 'expected one of "low", "high", got \'max\'',
    },
    {
      name: 'an unknown option (rule without schema)',
      config: { rules: { 'unsourced-claim': ['warn', { words: 3 }] } },
      keyPath: 'rules.unsourced-claim[1].words',
      detail: "unknown option 'words'; allowed options: minWords",
    },
    {
      name: 'options for a rule that takes none',
      config: { rules: { 'dangling-citation': ['warn', { x: 1 }] } },
      keyPath: 'rules.dangling-citation[1].x',
      detail: "unknown option 'x'; 'dangling-citation' takes no options",
    },
    {
      name: 'an override without files',
      config: { overrides: [{ rules: {} }] },
      keyPath: 'overrides[0]',
      detail: "missing required key 'files'",
    },
    {
      name: 'a bad rule inside an override',
      config: { overrides: [{ files: '*.md' }, { files: '*.txt', rules: { 'unused-references': 'off' } }] },
      keyPath: 'overrides[1].rules.unused-references',
      detail: "Unknown rule 'unused-references' (did you mean 'unused-reference'?); run 'medlint rules' for the list",
    },
    {
      name: 'an unknown preset',
      config: { extends: ['medlint:recomended'] },
      keyPath: 'extends[0]',
      detail: "unknown preset 'medlint:recomended' (did you mean 'medlint:recommended'?); available: medlint:recommended, medlint:strict",
    },
    { name: 'plugins that are not a list', config: { plugins: 'x' }, keyPath: 'plugins', detail: "expected a list, got 'x'" },
  ])('$name', async ({ config, keyPath, detail }) => {
    const error = await configErrorFor(rootWith(config));
    expect(error.keyPath).toBe(keyPath);
    expect(error.detail).toBe(detail);
    expect(error.message).toBe(`Invalid configuration in ${error.filePath} at ${keyPath}: ${detail}`);
  });

  it('a config that is not an object', async () => {
    const error = await configErrorFor({ '.medlintrc.json': '["warn"]' });
    expect(error.keyPath).toBe('');
    expect(error.message).toBe(`Invalid configuration in ${error.filePath}: expected a config object, got an array`);
  });

  it('JSON syntax errors give line and column', async () => {
    const error = await configErrorFor({ '.medlintrc.json': '{\n  "root": true,\n  "rules": {\n    "unsourced-claim": "warn",\n  }\n}\n' });
    expect(error.detail).toBe('JSON syntax error at line 5, column 3: expected a property name in double quotes');
  });

  it('YAML syntax errors give the line', async () => {
    const error = await configErrorFor({ '.medlintrc.yaml': 'root: true\nrules:\n  a: [warn\n' }, '.medlintrc.yaml');
    expect(error.detail).toBe(
      'YAML syntax error at line 4, column 1: Flow sequence in block collection must be sufficiently indented and end with a ]',
    );
    const duplicate = await configErrorFor({ '.medlintrc.yml': 'root: true\nroot: false\n' }, '.medlintrc.yml');
    expect(duplicate.detail).toBe('YAML syntax error at line 2, column 1: Map keys must be unique');
  });

  it('package.json with broken JSON', async () => {
    const error = await configErrorFor({ 'package.json': '{ "name": "x", }' }, 'package.json');
    expect(error.detail).toBe('JSON syntax error at line 1, column 16: expected a property name in double quotes');
  });

  it('a JS config without a default export', async () => {
    const error = await configErrorFor({ 'medlint.config.mjs': 'export const rules = {};\n' }, 'medlint.config.mjs');
    expect(error.detail).toBe('the module must export the config object as its default export');
  });

  it('a JS config that throws', async () => {
    const error = await configErrorFor({ 'medlint.config.mjs': 'throw new Error("boom");\n' }, 'medlint.config.mjs');
    expect(error.detail).toBe('cannot load the module: boom');
  });

  it('extends of a missing file, named in the extending file', async () => {
    const error = await configErrorFor(rootWith({ extends: './nope.json' }));
    expect(error.keyPath).toBe('extends');
    expect(error.detail).toMatch(/^cannot find '\.\/nope\.json' \(looked for .*nope\.json\)/);
  });

  it('extends cycles', async () => {
    const error = await configErrorFor({
      '.medlintrc.json': { root: true, extends: './b.json' },
      'b.json': { extends: ['medlint:strict', './.medlintrc.json'] },
    }, 'b.json');
    expect(error.keyPath).toBe('extends[1]');
    expect(error.detail).toBe("'./.medlintrc.json' extends itself in a cycle");
  });

  it('errors in an extended file name that file', async () => {
    const error = await configErrorFor(
      { '.medlintrc.json': { root: true, extends: './base.yaml' }, 'base.yaml': 'rules:\n  unsourced-claim: on\n' },
      'base.yaml',
    );
    expect(error.keyPath).toBe('rules.unsourced-claim');
  });

  it('a missing plugin file and a plugin without rules', async () => {
    const missing = await configErrorFor(rootWith({ plugins: ['./missing.mjs'] }));
    expect(missing.keyPath).toBe('plugins[0]');
    expect(missing.detail).toMatch(/^plugin file '\.\/missing\.mjs' not found/);

    const empty = await configErrorFor({ ...rootWith({ plugins: ['medlint-plugin-absent', './bad.mjs'] }) });
    expect(empty.keyPath).toBe('plugins[0]');
    expect(empty.detail).toMatch(/^cannot find plugin package 'medlint-plugin-absent'/);

    const bad = await configErrorFor({ ...rootWith({ plugins: ['./bad.mjs'] }), 'bad.mjs': 'export const rules = [{ id: "x" }];\n' });
    expect(bad.keyPath).toBe('plugins[0]');
    expect(bad.detail).toMatch(/must export rules/);
  });

  it('--rule with an unknown rule', async () => {
    const cwd = await makeTree(rootWith({}));
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules, cliRules: { 'unsorced-claim': 'off' } });
    await expect(resolver.forFile('a.md')).rejects.toThrow(
      "Invalid --rule unsorced-claim: Unknown rule 'unsorced-claim' (did you mean 'unsourced-claim'?); run 'medlint rules' for the list",
    );
  });

  it('--rule with bad options', async () => {
    const cwd = await makeTree(rootWith({}));
    const resolver = new ConfigResolver({ cwd, builtinRules: fakeRules, cliRules: { 'unhedged-efficacy': ['warn', { allow: [1] }] } });
    await expect(resolver.forFile('a.md')).rejects.toThrow("Invalid --rule unhedged-efficacy[1].allow[0]: expected string, got 1");
  });
});
