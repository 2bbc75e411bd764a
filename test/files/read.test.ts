import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from '../../src/files/decode.js';
import { readSourceFile, readStdin } from '../../src/files/read.js';

const bytes = (...parts: Array<number[] | string>) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeBytes', () => {
  it('decodes UTF-8 and strips a BOM', () => {
    expect(decodeBytes(bytes('Ketamine – 10 µg'))).toEqual({ text: 'Ketamine – 10 µg', warnings: [] });
    expect(decodeBytes(bytes([0xef, 0xbb, 0xbf], '# Title\n'))).toEqual({ text: '# Title\n', warnings: [] });
  });

  it('decodes UTF-16 LE and BE with a BOM', () => {
    const text = '# Tïtle 😀\r\nBody';
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(decodeBytes(littleEndian)).toEqual({ text, warnings: [] });
    const bigEndian = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    expect(decodeBytes(bigEndian)).toEqual({ text, warnings: [] });
  });

  it('warns on odd-length UTF-16', () => {
    const decoded = decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ab', 'utf16le'), Buffer.from([0x41])]));
    expect(decoded).toEqual({ text: 'ab\uFFFD', warnings: [expect.stringMatching(/^invalid UTF-16 LE/)] });
  });

  it('replaces invalid UTF-8 and says where', () => {
    expect(decodeBytes(bytes('line one\nline ', [0xe9], ' two\n'))).toEqual({
      text: 'line one\nline \uFFFD two\n',
      warnings: ['invalid UTF-8 at line 2 (byte 14); undecodable bytes were replaced with U+FFFD'],
    });
  });

  it('refuses binary files (NUL in the first 8 KB)', () => {
    expect(decodeBytes(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]))).toEqual({ error: 'binary file, skipped' });
    expect(decodeBytes(Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]))).toHaveProperty('warnings', []);
  });

  it('an empty file is empty text', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', warnings: [] });
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x61, 0x62], -1],
    [[0xc3, 0xa9], -1],
    [[0xf0, 0x9f, 0x98, 0x80], -1],
    [[0x61, 0xc0, 0xaf], 1], // overlong
    [[0xed, 0xa0, 0x80], 0], // surrogate
    [[0x61, 0x62, 0xe2, 0x82], 2], // truncated
    [[0xf5, 0x80, 0x80, 0x80], 0], // past U+10FFFF
  ])('%j → %i', (input, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(input))).toBe(expected);
  });
});

describe('readSourceFile and readStdin', () => {
  it('reads and decodes a file', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'medlint-read-'));
    const path = join(directory, 'a.md');
    await writeFile(path, bytes([0xef, 0xbb, 0xbf], 'Hello'));
    expect(await readSourceFile(path)).toEqual({ text: 'Hello', warnings: [] });
  });

  it('turns I/O failures into a short message', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'medlint-read-'));
    expect(await readSourceFile(join(directory, 'missing.md'))).toEqual({
      error: `cannot read ${join(directory, 'missing.md')}: ENOENT, no such file or directory`,
    });
    expect(await readSourceFile(directory)).toEqual({
      error: `cannot read ${directory}: EISDIR, illegal operation on a directory`,
    });
  });

  it('reads standard input as text', async () => {
    const input = Readable.from([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ketamine '), Buffer.from('– relief')]);
    expect(await readStdin(input)).toBe('Ketamine – relief');
  });
});
