/**
 * Which rules apply to a file, ESLint-eslintrc style: config files found
 * upward from the file's directory cascade (nearer wins) until one says
 * `root: true`; `extends` expands in place; overrides apply by glob; `--rule`
 * comes last. Everything is cached per directory and per config file, since
 * most files share a directory.
 */
import { stat } from 'node:fs/promises';
import { dirname, isAbsolute, parse as parsePath, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { presets, type PresetName } from '../../rules/presets.js';
import type { Rule } from '../engine/types.js';
import { closestMatch } from './did-you-mean.js';
import { ConfigError, joinKeyPath } from './error.js';
import { findConfigFileIn, readConfigFile } from './load.js';
import { loadPlugin } from './plugins.js';
import { rebaseIgnorePattern } from './rebase-ignore.js';
import { isProblem, normalizeSetting, type NormalizedSetting } from './severity.js';
import type { ConfigData, ConfigResolverOptions, ResolvedConfig, ResolvedRule, RuleSetting } from './types.js';
import { validateConfigShape, validateRuleOptions } from './validate.js';

/** One layer of configuration: a file's main body, one of its overrides, or a preset. */
interface ConfigElement {
  /** The declaring file (absolute), `medlint:<preset>`, or `--rule`. */
  source: string;
  /** Where the element sits in its source, for error key paths: '' or `overrides[2]`. */
  keyPath: string;
  /** Overrides' globs and ignorePatterns are relative to this. */
  baseDirectory: string;
  rules: Record<string, unknown>;
  /** Only for overrides: whether the element applies to a path relative to `baseDirectory`. */
  appliesTo?: (relativePath: string) => boolean;
  ignorePatterns: string[];
  plugins: Rule[];
  /** Presets may name rules not built yet; those are skipped rather than reported. */
  tolerateUnknownRules: boolean;
}

/** A rule as config validation knows it: a plugin's or built-in rule, or a built-in rule's metadata only. */
type KnownRule = Rule | Pick<Rule, 'meta' | 'defaultOptions'>;

/** Everything that applies in one directory, validated. */
interface ConfigChain {
  layers: Array<{ element: ConfigElement; settings: Map<string, { rule: KnownRule; setting: NormalizedSetting }> }>;
  configFiles: string[];
  ignorePatternsFromCwd: string[];
  ignorePatternsFromRoot: string[];
}

interface ParsedConfigFile {
  data: ConfigData;
  plugins: Rule[];
}

const presetPrefix = 'medlint:';

export class ConfigResolver {
  private readonly cwd: string;
  private readonly builtinRules: Map<string, KnownRule>;
  /** The built-in rules with code, by id; loaded at the first `forFile` when the options gave metadata only. */
  private builtinCode: Promise<Map<string, Rule>> | null = null;
  private readonly parsedFiles = new Map<string, Promise<ParsedConfigFile>>();
  private readonly cascades = new Map<string, Promise<{ elements: ConfigElement[]; files: string[] }>>();
  private readonly chains = new Map<string, Promise<ConfigChain>>();
  private readonly resolved = new Map<string, ResolvedConfig>();

  constructor(private readonly options: ConfigResolverOptions) {
    this.cwd = resolve(options.cwd);
    this.builtinRules = new Map(options.builtinRules.map((rule) => [rule.meta.id, rule]));
  }

  /** The rules (and ignore patterns) that apply to `filePath`. Throws ConfigError. */
  async forFile(filePath: string): Promise<ResolvedConfig> {
    const absolutePath = resolve(this.cwd, filePath);
    const directory = dirname(absolutePath);
    const chain = await this.chainFor(directory);
    const builtinCode = await this.builtinRulesWithCode();
    const applicable = chain.layers.filter(({ element }) => this.applies(element, absolutePath));
    // Files whose matching overrides are the same share one resolved config.
    const cacheKey = `${this.chainKey(directory)}\0${applicable.map(({ element }) => `${element.source}#${element.keyPath}`).join('\0')}`;
    let config = this.resolved.get(cacheKey);
    if (config === undefined) {
      config = buildResolved(applicable, chain, builtinCode);
      this.resolved.set(cacheKey, config);
    }
    return config;
  }

  private builtinRulesWithCode(): Promise<Map<string, Rule>> {
    this.builtinCode ??= (async () => {
      const load = this.options.loadBuiltinRules;
      const rules = load && [...this.builtinRules.values()].some((rule) => !hasCode(rule)) ? await load() : [];
      const code = new Map(rules.map((rule) => [rule.meta.id, rule]));
      for (const [id, rule] of this.builtinRules) if (hasCode(rule)) code.set(id, rule);
      return code;
    })();
    return this.builtinCode;
  }

  /** Shorthand for `(await forFile(filePath)).rules`. */
  async rulesFor(filePath: string): Promise<ResolvedRule[]> {
    return (await this.forFile(filePath)).rules;
  }

  /** Whether the `ignorePatterns` of the configs that apply to `filePath` exclude it. */
  async isIgnored(filePath: string): Promise<boolean> {
    const absolutePath = resolve(this.cwd, filePath);
    const chain = await this.chainFor(dirname(absolutePath));
    if (chain.ignorePatternsFromRoot.length === 0) return false;
    const fromRoot = toPosix(relative(parsePath(absolutePath).root, absolutePath));
    return ignore().add(chain.ignorePatternsFromRoot).ignores(fromRoot);
  }

  private applies(element: ConfigElement, absolutePath: string): boolean {
    if (element.appliesTo === undefined) return true;
    const relativePath = relative(element.baseDirectory, absolutePath);
    if (relativePath.startsWith('..') || isAbsolute(relativePath)) return false;
    return element.appliesTo(toPosix(relativePath));
  }

  /** With --config or --no-config every directory shares one chain. */
  private chainKey(directory: string): string {
    const discovering = this.options.configFile === undefined && this.options.useConfigFiles !== false;
    return discovering ? directory : '';
  }

  private chainFor(directory: string): Promise<ConfigChain> {
    const key = this.chainKey(directory);
    let chain = this.chains.get(key);
    if (chain === undefined) {
      chain = this.buildChain(directory);
      this.chains.set(key, chain);
    }
    return chain;
  }

  private async buildChain(directory: string): Promise<ConfigChain> {
    let cascade: { elements: ConfigElement[]; files: string[] };
    if (this.options.configFile !== undefined) {
      const files: string[] = [];
      const elements = await this.expandFile(resolve(this.cwd, this.options.configFile), [], files);
      cascade = { elements, files };
    } else if (this.options.useConfigFiles === false) {
      cascade = { elements: [], files: [] };
    } else {
      cascade = await this.cascadeFor(directory);
    }
    const elements =
      cascade.elements.length > 0 ? [...cascade.elements] : [presetElement('recommended', this.cwd)];
    if (this.options.cliRules !== undefined) elements.push(cliElement(this.options.cliRules, this.cwd));
    return this.validateChain(elements, cascade.files);
  }

  /** Config elements from the filesystem root down to `directory`, stopping at `root: true`. */
  private cascadeFor(directory: string): Promise<{ elements: ConfigElement[]; files: string[] }> {
    let cascade = this.cascades.get(directory);
    if (cascade === undefined) {
      cascade = (async () => {
        const parent = dirname(directory);
        const configFile = await findConfigFileIn(directory);
        const above = async () => (parent === directory ? { elements: [], files: [] } : this.cascadeFor(parent));
        if (configFile === null) return above();
        const files: string[] = [];
        const own = await this.expandFile(configFile, [], files);
        const { data } = await this.parseFile(configFile);
        if (data.root === true) return { elements: own, files };
        const inherited = await above();
        return { elements: [...inherited.elements, ...own], files: [...inherited.files, ...files] };
      })();
      this.cascades.set(directory, cascade);
    }
    return cascade;
  }

  /** A file's elements with its `extends` expanded in place (extended first, so the file wins). */
  private async expandFile(filePath: string, extendedFrom: string[], files: string[]): Promise<ConfigElement[]> {
    const { data, plugins } = await this.parseFile(filePath);
    const baseDirectory = dirname(filePath);
    const elements: ConfigElement[] = [];
    const extendsList = data.extends === undefined ? [] : typeof data.extends === 'string' ? [data.extends] : data.extends;
    for (const [index, target] of extendsList.entries()) {
      const keyPath = typeof data.extends === 'string' ? 'extends' : joinKeyPath('extends', index);
      if (target.startsWith(presetPrefix)) {
        elements.push(presetElement(presetName(target, filePath, keyPath), baseDirectory));
        continue;
      }
      const targetPath = resolve(baseDirectory, target);
      if (targetPath === filePath || extendedFrom.includes(targetPath)) {
        throw new ConfigError(filePath, keyPath, `'${target}' extends itself in a cycle`);
      }
      if (!this.parsedFiles.has(targetPath) && !(await fileExists(targetPath))) {
        throw new ConfigError(filePath, keyPath, `cannot find '${target}' (looked for ${targetPath}); expected medlint:recommended, medlint:strict or a path to a config file`);
      }
      elements.push(...(await this.expandFile(targetPath, [...extendedFrom, filePath], files)));
    }
    files.push(filePath);
    const ignorePatterns = data.ignorePatterns === undefined ? [] : ([] as string[]).concat(data.ignorePatterns);
    elements.push({ source: filePath, keyPath: '', baseDirectory, rules: data.rules ?? {}, ignorePatterns, plugins, tolerateUnknownRules: false });
    for (const [index, override] of (data.overrides ?? []).entries()) {
      elements.push({
        source: filePath,
        keyPath: joinKeyPath('overrides', index),
        baseDirectory,
        rules: override.rules ?? {},
        appliesTo: globMatcher(override.files, override.excludedFiles),
        ignorePatterns: [],
        plugins: [],
        tolerateUnknownRules: false,
      });
    }
    return elements;
  }

  private parseFile(filePath: string): Promise<ParsedConfigFile> {
    let parsed = this.parsedFiles.get(filePath);
    if (parsed === undefined) {
      parsed = (async () => {
        const data = await validateConfigShape(await readConfigFile(filePath), filePath);
        const plugins: Rule[] = [];
        for (const [index, specifier] of (data.plugins ?? []).entries()) {
          plugins.push(...(await loadPlugin(specifier, filePath, joinKeyPath('plugins', index))));
        }
        return { data, plugins };
      })();
      this.parsedFiles.set(filePath, parsed);
    }
    return parsed;
  }

  private async validateChain(elements: ConfigElement[], configFiles: string[]): Promise<ConfigChain> {
    const knownRules = new Map(this.builtinRules);
    for (const element of elements) {
      for (const plugin of element.plugins) {
        const existing = knownRules.get(plugin.meta.id);
        // The same module listed by two configs yields the same objects; only a different rule clashes.
        if (existing !== undefined && existing !== plugin) {
          throw new ConfigError(element.source, 'plugins', `plugin rule '${plugin.meta.id}' clashes with a built-in or plugin rule of the same id`);
        }
        knownRules.set(plugin.meta.id, plugin);
      }
    }
    const layers: ConfigChain['layers'] = [];
    for (const element of elements) {
      const settings = new Map<string, { rule: KnownRule; setting: NormalizedSetting }>();
      for (const [id, value] of Object.entries(element.rules)) {
        const keyPath = element.source === '--rule' ? id : joinKeyPath(element.keyPath, 'rules', id);
        const rule = knownRules.get(id);
        if (rule === undefined) {
          if (element.tolerateUnknownRules) continue;
          const suggestion = closestMatch(id, knownRules.keys());
          const hint = suggestion === null ? '' : ` (did you mean '${suggestion}'?)`;
          throw new ConfigError(element.source, keyPath, `Unknown rule '${id}'${hint}; run 'medlint rules' for the list`);
        }
        const setting = normalizeSetting(value);
        if (isProblem(setting)) throw new ConfigError(element.source, keyPath + setting.keySuffix, setting.detail);
        if (setting.options !== undefined) {
          await validateRuleOptions(rule, setting.options, element.source, `${keyPath}[1]`);
        }
        settings.set(id, { rule, setting });
      }
      layers.push({ element, settings });
    }
    const ignorePatternsFromCwd: string[] = [];
    const ignorePatternsFromRoot: string[] = [];
    for (const element of elements) {
      for (const pattern of element.ignorePatterns) {
        const fromCwd = rebaseIgnorePattern(pattern, element.baseDirectory, this.cwd);
        if (fromCwd !== null) ignorePatternsFromCwd.push(fromCwd);
        const fromRoot = rebaseIgnorePattern(pattern, element.baseDirectory, parsePath(element.baseDirectory).root);
        if (fromRoot !== null) ignorePatternsFromRoot.push(fromRoot.replace(/^(!?)\//, '$1'));
      }
    }
    return { layers, configFiles, ignorePatternsFromCwd, ignorePatternsFromRoot };
  }
}

function hasCode(rule: KnownRule): rule is Rule {
  return typeof (rule as Partial<Rule>).check === 'function';
}

/** `builtinCode`: the built-in rules with code, for settings validated against metadata only. */
function buildResolved(layers: ConfigChain['layers'], chain: ConfigChain, builtinCode: Map<string, Rule>): ResolvedConfig {
  const merged = new Map<string, { rule: KnownRule; setting: NormalizedSetting }>();
  for (const { settings } of layers) {
    for (const [id, entry] of settings) {
      // A later severity without options keeps the options set earlier (as in ESLint).
      const options = entry.setting.options ?? merged.get(id)?.setting.options;
      merged.set(id, { rule: entry.rule, setting: { severity: entry.setting.severity, options } });
    }
  }
  const rules: ResolvedRule[] = [];
  for (const [, { rule, setting }] of [...merged].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (setting.severity === 'off') continue;
    const withCode = hasCode(rule) ? rule : builtinCode.get(rule.meta.id);
    if (withCode === undefined) throw new Error(`no code for the built-in rule '${rule.meta.id}'`);
    rules.push({ rule: withCode, severity: setting.severity, options: { ...(rule.defaultOptions ?? {}), ...setting.options } });
  }
  return { rules, ignorePatterns: chain.ignorePatternsFromCwd, configFiles: chain.configFiles };
}

function presetName(target: string, filePath: string, keyPath: string): PresetName {
  const name = target.slice(presetPrefix.length);
  if (name in presets) return name as PresetName;
  const available = Object.keys(presets).map((preset) => `${presetPrefix}${preset}`);
  const suggestion = closestMatch(target, available);
  const hint = suggestion === null ? '' : ` (did you mean '${suggestion}'?)`;
  throw new ConfigError(filePath, keyPath, `unknown preset '${target}'${hint}; available: ${available.join(', ')}`);
}

function presetElement(name: PresetName, baseDirectory: string): ConfigElement {
  return {
    source: `${presetPrefix}${name}`,
    keyPath: '',
    baseDirectory,
    rules: presets[name],
    ignorePatterns: [],
    plugins: [],
    tolerateUnknownRules: true,
  };
}

function cliElement(rules: Record<string, RuleSetting>, cwd: string): ConfigElement {
  return { source: '--rule', keyPath: '', baseDirectory: cwd, rules, ignorePatterns: [], plugins: [], tolerateUnknownRules: false };
}

function globMatcher(files: string | string[], excludedFiles: string | string[] | undefined): (path: string) => boolean {
  const included = anyGlob(files);
  const excluded = excludedFiles === undefined ? () => false : anyGlob(excludedFiles);
  return (path) => included(path) && !excluded(path);
}

/**
 * Patterns without a slash match the file name at any depth, as in ESLint's
 * overrides (picomatch's own `basename` option also changes slashed patterns).
 */
function anyGlob(patterns: string | string[]): (path: string) => boolean {
  const matchers = ([] as string[]).concat(patterns).map((raw) => {
    const pattern = raw.replace(/^\.\//, '');
    const matches = picomatch(pattern, { dot: true });
    return pattern.includes('/') ? matches : (path: string) => matches(path.slice(path.lastIndexOf('/') + 1));
  });
  return (path) => matchers.some((matches) => matches(path));
}

async function fileExists(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/');
}
