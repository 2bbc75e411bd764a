#!/usr/bin/env node
// Thin shim: everything lives in the bundled CLI (npm run build: tsc, then scripts/bundle.mjs), loaded with its
// code cache by load-bundle.js.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadBundle } from './load-bundle.js';

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // What commander prints, without compiling the whole CLI bundle first (~0.1 s).
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  const { main, startShortRun } = loadBundle(fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url))).exports;
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
