/**
 * Finding a config file in one directory and reading it into plain data.
 * Shape validation happens later (validate.ts); this only parses.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { importExternal } from '../engine/import-external.js';
import { ConfigError } from './error.js';
import { locateJsonError } from './json-error.js';

/** In one directory, the first of these that exists (and, for package.json, has a `medlint` key) is used. */
export const configFileNames = [
  '.medlintrc.json',
  '.medlintrc.yaml',
  '.medlintrc.yml',
  'medlint.config.js',
  'medlint.config.mjs',
  'package.json',
] as const;

/** The config file of a directory, or null. */
export async function findConfigFileIn(directory: string): Promise<string | null> {
  for (const name of configFileNames) {
    const candidate = join(directory, name);
    if (!(await isFile(candidate))) continue;
    if (name === 'package.json' && (await readPackageJsonConfig(candidate)) === undefined) continue;
    return candidate;
  }
  return null;
}

/** The raw content of a config file (not yet validated). Throws ConfigError. */
export async function readConfigFile(filePath: string): Promise<unknown> {
  const name = basename(filePath);
  if (name === 'package.json') return readPackageJsonConfig(filePath);
  if (/\.(?:c|m)?js$/.test(name)) return importConfig(filePath);
  const text = await readText(filePath);
  if (/\.ya?ml$/.test(name)) return parseYamlConfig(text, filePath);
  return parseJsonConfig(text, filePath);
}

async function readPackageJsonConfig(filePath: string): Promise<unknown> {
  const data = parseJsonConfig(await readText(filePath), filePath);
  return typeof data === 'object' && data !== null && 'medlint' in data ? data.medlint : undefined;
}

export function parseJsonConfig(text: string, filePath: string): unknown {
  try {
    return JSON.parse(stripBom(text));
  } catch {
    const { line, column, expected } = locateJsonError(stripBom(text));
    throw new ConfigError(filePath, '', `JSON syntax error at line ${line}, column ${column}: expected ${expected}`);
  }
}

async function parseYamlConfig(text: string, filePath: string): Promise<unknown> {
  const { parseDocument } = await import('yaml');
  // The core schema has no custom tags: config files cannot construct objects.
  const document = parseDocument(stripBom(text), { schema: 'core' });
  const [problem] = document.errors;
  if (problem) {
    const at = problem.linePos?.[0];
    const where = at ? ` at line ${at.line}, column ${at.col}` : '';
    // The message repeats the position and quotes the source over several lines; keep the words.
    const what = (problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw new ConfigError(filePath, '', `YAML syntax error${where}: ${what}`);
  }
  try {
    // An empty YAML file is an empty config.
    return document.toJS() ?? {};
  } catch (error) {
    // An alias bomb ("Excessive alias count") throws here, after a clean parse.
    throw new ConfigError(filePath, '', `YAML error: ${firstLine(error)}`);
  }
}

async function importConfig(filePath: string): Promise<unknown> {
  let module: { default?: unknown };
  try {
    module = await importExternal<{ default?: unknown }>(pathToFileURL(filePath).href);
  } catch (error) {
    throw new ConfigError(filePath, '', `cannot load the module: ${firstLine(error)}`);
  }
  if (module.default === undefined) {
    throw new ConfigError(filePath, '', 'the module must export the config object as its default export');
  }
  return module.default;
}

async function readText(filePath: string): Promise<string> {
  try {
    return await readFile(filePath, 'utf8');
  } catch (error) {
    throw new ConfigError(filePath, '', `cannot read the file: ${firstLine(error)}`);
  }
}

async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
