#!/usr/bin/env node
// Thin shim: everything lives in the bundled CLI (npm run build: tsc, then scripts/bundle.mjs), loaded with its
// code cache by load-bundle.js. A CommonJS script (bin/package.json), so Node starts it without initialising its
// ES module loader (~6 ms of a one-article run); the loader still comes up if a run imports tinypool or a plugin.
'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { loadBundle } = require('./load-bundle.js');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // What commander prints, without compiling the whole CLI bundle first (~0.1 s).
  process.stdout.write(`${JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version}\n`);
} else {
  const { main, startShortRun } = loadBundle(join(__dirname, '..', 'dist', 'bundle', 'cli.cjs')).exports;
  // No TurboFan until the run turns out long (src/runner/tiering.ts).
  startShortRun();
  main(process.argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      // main() handles its own errors; this is the last guard against a stack trace.
      console.error(`medlint: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
