/**
 * Plugins: a module path (relative to the config file) or a package name
 * (resolved from the config file's directory), loaded with `import()`. A
 * plugin exports `rules: Rule[]`, or a default export that is a Rule, a
 * Rule[] or `{ rules: Rule[] }`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importExternal } from '../engine/import-external.js';
import type { Rule } from '../engine/types.js';
import { ConfigError } from './error.js';
import { isPlainObject } from './severity.js';

const loadedPlugins = new Map<string, Promise<Rule[]>>();

/** The plugin's rules. Throws ConfigError naming `keyPath` (e.g. `plugins[0]`). */
export function loadPlugin(specifier: string, configFile: string, keyPath: string): Promise<Rule[]> {
  const entry = resolvePlugin(specifier, dirname(configFile), configFile, keyPath);
  let rules = loadedPlugins.get(entry);
  if (rules === undefined) {
    rules = importPlugin(entry, configFile, keyPath);
    loadedPlugins.set(entry, rules);
    // A failed load is not cached, so a fixed file can be retried in the same process.
    rules.catch(() => loadedPlugins.delete(entry));
  }
  return rules;
}

function resolvePlugin(specifier: string, fromDirectory: string, configFile: string, keyPath: string): string {
  if (specifier.startsWith('.') || isAbsolute(specifier)) {
    const path = resolve(fromDirectory, specifier);
    if (!existsSync(path)) throw new ConfigError(configFile, keyPath, `plugin file '${specifier}' not found (looked for ${path})`);
    return path;
  }
  try {
    return createRequire(join(fromDirectory, 'noop.js')).resolve(specifier);
  } catch {
    // ESM-only packages may export no `require` condition; read their package.json ourselves.
    const entry = findEsmEntry(specifier, fromDirectory);
    if (entry !== null) return entry;
    throw new ConfigError(configFile, keyPath, `cannot find plugin package '${specifier}' from ${fromDirectory}`);
  }
}

function findEsmEntry(packageName: string, fromDirectory: string): string | null {
  for (let directory = fromDirectory; ; directory = dirname(directory)) {
    const packageDirectory = join(directory, 'node_modules', packageName);
    const manifestPath = join(packageDirectory, 'package.json');
    if (existsSync(manifestPath)) {
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>;
      const target = exportTarget(manifest.exports) ?? manifest.module ?? manifest.main ?? 'index.js';
      return typeof target === 'string' ? join(packageDirectory, target) : null;
    }
    if (dirname(directory) === directory) return null;
  }
}

/** The `import`/`default` target of `exports["."]` (or of `exports` itself). */
function exportTarget(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (!isPlainObject(exports)) return undefined;
  const main = '.' in exports ? exports['.'] : exports;
  if (typeof main === 'string') return main;
  if (!isPlainObject(main)) return undefined;
  for (const condition of ['import', 'node', 'default']) {
    const target = exportTarget(main[condition]);
    if (target !== undefined) return target;
  }
  return undefined;
}

async function importPlugin(entry: string, configFile: string, keyPath: string): Promise<Rule[]> {
  let module: Record<string, unknown>;
  try {
    module = await importExternal<Record<string, unknown>>(pathToFileURL(entry).href);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ConfigError(configFile, keyPath, `cannot load plugin ${entry}: ${reason}`);
  }
  const exported = module.rules ?? module.default;
  const candidates = isPlainObject(exported) && 'rules' in exported ? exported.rules : exported;
  const rules = Array.isArray(candidates) ? candidates : [candidates];
  for (const rule of rules) {
    if (!isRule(rule)) {
      throw new ConfigError(
        configFile,
        keyPath,
        `plugin ${entry} must export rules: a Rule[] named 'rules', or a default Rule, Rule[] or { rules }`,
      );
    }
  }
  return rules as Rule[];
}

function isRule(value: unknown): value is Rule {
  return (
    isPlainObject(value) &&
    isPlainObject(value.meta) &&
    typeof value.meta.id === 'string' &&
    typeof value.check === 'function'
  );
}
