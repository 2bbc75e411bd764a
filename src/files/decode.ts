/**
 * Bytes → text for a source file: UTF-8 (BOM stripped), UTF-16 with a BOM,
 * binary refused, invalid UTF-8 decoded with replacement characters and a
 * warning that says where.
 */
import { isUtf8 } from 'node:buffer';

export type DecodedSource = { text: string; warnings: string[] } | { error: string };

/** How far to look for NUL bytes, like git's binary heuristic. */
const binarySniffLength = 8192;

export function decodeBytes(bytes: Uint8Array): DecodedSource {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decodeUtf8(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'UTF-16 LE');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(swapBytePairs(bytes.subarray(2)), 'UTF-16 BE');
  if (bytes.subarray(0, binarySniffLength).includes(0)) return { error: 'binary file, skipped' };
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): DecodedSource {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (isUtf8(bytes)) return { text, warnings: [] };
  const offset = firstInvalidUtf8(bytes);
  const line = countNewlines(bytes, offset) + 1;
  return {
    text,
    warnings: [`invalid UTF-8 at line ${line} (byte ${offset}); undecodable bytes were replaced with U+FFFD`],
  };
}

function decodeUtf16(bytesLittleEndian: Uint8Array, encoding: string): DecodedSource {
  const warnings: string[] = [];
  try {
    return { text: new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(bytesLittleEndian), warnings };
  } catch {
    warnings.push(`invalid ${encoding} (odd length or unpaired surrogate); undecodable units were replaced with U+FFFD`);
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytesLittleEndian), warnings };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    let length: number;
    let min: number;
    if (lead < 0x80) {
      index++;
      continue;
    } else if (lead >= 0xc2 && lead <= 0xdf) [length, min] = [2, 0x80];
    else if (lead >= 0xe0 && lead <= 0xef) [length, min] = [3, 0x800];
    else if (lead >= 0xf0 && lead <= 0xf4) [length, min] = [4, 0x10000];
    else return index;
    let codePoint = lead & (0xff >> (length + 1));
    for (let next = 1; next < length; next++) {
      const byte = bytes[index + next];
      if (byte === undefined || (byte & 0xc0) !== 0x80) return index;
      codePoint = (codePoint << 6) | (byte & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid too.
    if (codePoint < min || (codePoint >= 0xd800 && codePoint <= 0xdfff) || codePoint > 0x10ffff) return index;
    index += length;
  }
  return -1;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function swapBytePairs(bytes: Uint8Array): Uint8Array {
  const swapped = new Uint8Array(bytes.length);
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    swapped[index] = bytes[index + 1] as number;
    swapped[index + 1] = bytes[index] as number;
  }
  // An odd trailing byte stays, so the decoder flags it.
  if (bytes.length % 2 === 1) swapped[bytes.length - 1] = bytes[bytes.length - 1] as number;
  return swapped;
}

function countNewlines(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let index = 0; index < end; index++) if (bytes[index] === 0x0a) count++;
  return count;
}
