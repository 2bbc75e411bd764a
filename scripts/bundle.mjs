#!/usr/bin/env node
/**
 * `npm run build` step 2: bundle the compiled CLI and the worker-thread entry
 * into one file each (dist/bundle/cli.js, dist/bundle/worker.js), so starting
 * medlint loads two files instead of ~340 modules. The library export
 * (dist/src/index.js) and the tests keep using tsc's output.
 *
 * Stays outside the bundle: tinypool (it starts its own worker file, found
 * next to its module). Inside, what the CLI imports with import() on demand
 * (formatters, sub-commands, ajv, yaml) is still evaluated only when used.
 * Word lists, docs/rules and package.json are read at run time from the
 * package root, found by walking up from the bundle, as from dist/src.
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
// Start empty, so no file of an older build is packed.
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'dist/src/cli/main.js', worker: 'dist/src/runner/worker.js' },
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['tinypool'],
  // Some dependencies are CommonJS and call require() for Node built-ins; an ES module has no require of its own.
  banner: { js: "import { createRequire as __medlintRequire } from 'node:module'; const require = __medlintRequire(import.meta.url);" },
  legalComments: 'eof',
  logLevel: 'warning',
  minifyWhitespace: process.env.MEDLINT_BUNDLE_READABLE === undefined,
  minifySyntax: process.env.MEDLINT_BUNDLE_READABLE === undefined,
});
