/** `medlint inspect <file>`: print the Article outline (see src/format/outline.ts). */
import { resolve } from 'node:path';
import { analyse } from '../engine/lint.js';
import { readSourceFile } from '../files/index.js';
import { outlineArticle } from '../format/outline.js';
import { formatFromPath } from '../parse/index.js';
import { EXIT_OK, EXIT_TROUBLE, type CliIO } from './io.js';

export async function inspectFile(file: string, io: CliIO): Promise<number> {
  const filePath = resolve(io.cwd, file);
  const read = await readSourceFile(filePath);
  if ('error' in read) {
    io.stderr(`medlint: ${read.error}\n`);
    return EXIT_TROUBLE;
  }
  for (const warning of read.warnings) io.stderr(`medlint: warning: ${filePath}: ${warning}\n`);
  io.stdout(outlineArticle(analyse(read.text, filePath, formatFromPath(filePath) ?? 'markdown')));
  return EXIT_OK;
}
