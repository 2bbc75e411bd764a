/** Reading a source file or standard input into text. Never throws for I/O: errors are short messages. */
import { readFileSync } from 'node:fs';
import { hasBinaryExtension } from './binary-extensions.js';
import { decodeBytes, type DecodedSource } from './decode.js';

/**
 * Read synchronously: an article is read in microseconds, and `fs.promises.readFile`
 * (open, fstat, read, close, each a round trip through libuv's thread pool) cost
 * ~7x the CPU (1,000 corpus files: ~140 ms against ~20 ms).
 */
export async function readSourceFile(filePath: string): Promise<DecodedSource> {
  if (hasBinaryExtension(filePath)) return { error: 'binary file type, skipped' };
  let bytes: Buffer;
  try {
    bytes = readFileSync(filePath);
  } catch (error) {
    return { error: `cannot read ${filePath}: ${describeIoError(error)}` };
  }
  return decodeBytes(bytes);
}

/** All of standard input as text (BOMs and UTF-16 handled like files; invalid bytes become U+FFFD). */
export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  const decoded = decodeBytes(Buffer.concat(chunks));
  return 'text' in decoded ? decoded.text : new TextDecoder().decode(Buffer.concat(chunks));
}

/** `ENOENT, no such file or directory` from Node's `ENOENT: no such file or directory, open '…'`. */
export function describeIoError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = /^[A-Z]+: ([^,]+)/.exec(error.message)?.[1];
    if (code !== undefined && reason !== undefined) return `${code}, ${reason}`;
    return code ?? error.message.split('\n')[0] ?? error.message;
  }
  return String(error);
}
