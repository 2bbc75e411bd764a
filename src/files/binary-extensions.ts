/**
 * File types that are never text, so naming one explicitly (`medlint photo.png`)
 * skips it with a warning instead of linting bytes as Markdown. Unknown
 * extensions are still read: the NUL-byte check catches other binaries.
 */
import { extname } from 'node:path';

const binaryExtensions = new Set([
  // images
  '.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.bmp', '.ico', '.tif', '.tiff', '.heic', '.psd',
  // documents and archives
  '.pdf', '.doc', '.docx', '.xls', '.xlsx', '.ppt', '.pptx', '.odt', '.ods', '.odp', '.epub',
  '.zip', '.gz', '.tgz', '.bz2', '.xz', '.7z', '.rar', '.tar', '.jar',
  // media and fonts
  '.mp3', '.mp4', '.m4a', '.wav', '.ogg', '.webm', '.mov', '.avi', '.mkv', '.flac',
  '.woff', '.woff2', '.ttf', '.otf', '.eot',
  // programs and data
  '.exe', '.dll', '.so', '.dylib', '.bin', '.o', '.a', '.class', '.wasm', '.pyc', '.sqlite', '.db',
]);

export function hasBinaryExtension(filePath: string): boolean {
  return binaryExtensions.has(extname(filePath).toLowerCase());
}
