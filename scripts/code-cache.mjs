#!/usr/bin/env node
/**
 * `npm run build` step 3 (run by scripts/bundle.mjs in a fresh process): write
 * V8 code caches for the two bundles. Each bundle is loaded the way
 * bin/load-bundle.js loads it, then lints a few fixtures (as a one-file run
 * and a worker do), and only then is its cache created, so it holds the
 * bytecode of the functions a lint runs, not just of the top level. The
 * worker's cache is made under the V8 flags of the long runs that start
 * workers.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { loadBundle } from '../bin/load-bundle.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
const examples = join(root, 'fixtures', 'examples');
const eval_ = join(root, 'fixtures', 'eval');
// Without fixtures (a build outside the repository) the caches hold less, and medlint compiles the rest as it runs.
const listed = (dir, pattern, count) => (existsSync(dir) ? readdirSync(dir).filter((name) => pattern.test(name)).sort().slice(0, count) : []).map((name) => join(dir, name));
const articles = [...listed(examples, /\.md$/, 10), ...listed(eval_, /\.(md|txt)$/, 6)];

function writeCache(path, { script, buildId: id }) {
  const data = Buffer.concat([Buffer.from(`${id}\n`, 'latin1'), script.createCachedData()]);
  const temp = `${path}.cache.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, `${path}.cache`);
  return data.length;
}

const silent = {
  cwd: root,
  env: { NO_COLOR: '1' },
  stdout: () => {},
  stderr: () => {},
  stdoutIsTTY: false,
  stderrIsTTY: false,
  readStdin: async () => '',
};

const cliPath = join(outdir, 'cli.cjs');
const cli = loadBundle(cliPath);
for (const format of ['json', 'stylish']) {
  for (const article of articles) {
    const code = await cli.exports.main(['node', 'medlint', '--no-config', '--format', format, article], silent);
    if (code > 1) throw new Error(`training run on ${article} exited ${code}`);
  }
}

const workerPath = join(outdir, 'worker.cjs');
const worker = loadBundle(workerPath);
const files = articles.map((filePath) => ({ filePath, text: readFileSync(filePath, 'utf8') }));
for (const evidence of [true, false]) {
  await worker.exports.default({
    resolver: { cwd: root, useConfigFiles: false },
    options: { fix: false, reportUnusedDirectives: 'off', keepSource: false, evidence },
    files,
  });
}

const cliSize = writeCache(cliPath, cli);
// Worker threads start only in a long run, after it has set its V8 flags (src/runner/tiering.ts), and V8 rejects
// a code cache made under other flags: the worker's cache is made under those flags, the CLI's under none.
setFlagsFromString(cli.exports.WORKER_V8_FLAGS);
const sizes = [cliSize, writeCache(workerPath, worker)];
console.log(`code caches: cli ${(sizes[0] / 1024).toFixed(0)} KB, worker ${(sizes[1] / 1024).toFixed(0)} KB`);
