/**
 * The json report written as the run goes: each result is serialised when the
 * run finishes it (in file order) and let go, so a run over many files does not
 * hold every result, nor the whole report as one string, until the end. The
 * bytes are the json formatter's exactly. To a file it goes through a temp file
 * renamed into place at the end (never a half-written report); to stdout in
 * pieces.
 */
import { resolve } from 'node:path';
import type { LintResult } from '../engine/types.js';
import { openAtomicStream, type AtomicStream } from '../files/write-atomic.js';
import { jsonResult } from '../format/json.js';
import { CliError, type CliIO } from './io.js';

/** Pieces are written out once this much has gathered. */
const FLUSH_CHARS = 256 * 1024;

export interface JsonReportStream {
  add(result: LintResult): void;
  /** Close the array and put the report in place. */
  finish(): void;
  /** Leave the output file as it was (stdout has what it has). */
  discard(): void;
  errorCount: number;
  warningCount: number;
}

export function openJsonReport(io: CliIO, outputFile: string | undefined, transform: (result: LintResult) => LintResult): JsonReportStream {
  let file: AtomicStream | null = null;
  if (outputFile !== undefined) {
    try {
      file = openAtomicStream(resolve(io.cwd, outputFile));
    } catch (error) {
      throw new CliError(`cannot write ${outputFile}: ${(error as Error).message}`);
    }
  }
  const out = (text: string): void => {
    if (file === null) {
      io.stdout(text);
      return;
    }
    try {
      file.write(text);
    } catch (error) {
      throw new CliError(`cannot write ${outputFile}: ${(error as Error).message}`);
    }
  };
  let pending: string[] = ['['];
  let pendingChars = 1;
  let first = true;
  const flush = (): void => {
    if (pending.length > 0) out(pending.join(''));
    pending = [];
    pendingChars = 0;
  };
  const stream: JsonReportStream = {
    errorCount: 0,
    warningCount: 0,
    add(original) {
      const result = transform(original);
      stream.errorCount += result.errorCount;
      stream.warningCount += result.warningCount;
      const text = jsonResult(result);
      pending.push(first ? text : `,${text}`);
      first = false;
      pendingChars += text.length + 1;
      if (pendingChars >= FLUSH_CHARS) flush();
    },
    finish() {
      // The whole report on stdout ends with a newline, as the other formatters' reports do.
      pending.push(file === null ? ']\n' : ']');
      flush();
      try {
        file?.commit();
      } catch (error) {
        throw new CliError(`cannot write ${outputFile}: ${(error as Error).message}`);
      }
    },
    discard() {
      file?.discard();
    },
  };
  return stream;
}
