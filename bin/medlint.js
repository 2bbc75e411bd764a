#!/usr/bin/env node
// Thin shim: everything lives in the bundled CLI (npm run build: tsc, then scripts/bundle.mjs).
import { main } from '../dist/bundle/cli.js';

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
