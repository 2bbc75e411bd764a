#!/usr/bin/env node
// Thin shim: everything lives in the compiled CLI.
import { main } from '../dist/src/cli/main.js';

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
