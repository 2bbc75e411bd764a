// Loads one of medlint's bundles (dist/bundle/*.cjs, built by scripts/bundle.mjs) as a script with V8's code
// cache: `<bundle>.cache`, written at build time after a training run (scripts/code-cache.mjs), holds the
// bytecode of the functions a lint runs, so starting medlint deserialises them instead of parsing and compiling
// ~1 MB of JavaScript. A cache from another build or another Node version is not used (the bundle is then
// compiled as usual, which is only slower). CommonJS (bin/package.json); ES modules import it by name too.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const { pathToFileURL } = require('node:url');
const { Script } = require('node:vm');

/** The bundle's first line: `// medlint-build <id>`; the cache file starts with the same id. */
const BUILD_LINE = /^\/\/ medlint-build ([0-9a-f]+)\n/;

/**
 * What the bundle's source is wrapped in; its parameters are what CommonJS code, `import.meta.url` and
 * `import()` of modules outside the bundle (src/engine/import-external.ts) need.
 */
const WRAPPER_START = '(function (exports, require, module, __filename, __dirname, __medlintBundleUrl, __medlintImport) {';

/** A script has no module loader for its own `import()`; this file's serves it (tinypool, plugins). */
const importExternal = (specifier) => import(specifier);

function loadBundle(path) {
  const source = readFileSync(path, 'utf8');
  const buildId = BUILD_LINE.exec(source)?.[1];
  const cachedData = buildId === undefined ? null : cacheFor(path, buildId);
  const script = new Script(`${WRAPPER_START}${source}\n})`, {
    filename: path,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(path), module, path, dirname(path), pathToFileURL(path).href, importExternal);
  return { exports: module.exports, script, buildId, cacheUsed: cachedData !== null && !script.cachedDataRejected };
}

function cacheFor(path, id) {
  let data;
  try {
    data = readFileSync(`${path}.cache`);
  } catch {
    return null;
  }
  const header = Buffer.byteLength(`${id}\n`);
  return data.length > header && data.toString('latin1', 0, header) === `${id}\n` ? data.subarray(header) : null;
}

exports.loadBundle = loadBundle;
