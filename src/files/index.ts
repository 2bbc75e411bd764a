/** Which files to lint and how their bytes become text. */
export { decodeBytes, type DecodedSource } from './decode.js';
export { defaultExtensions, findFiles, type FileProblem, type FindFilesOptions, type FoundFiles } from './find.js';
export { readSourceFile, readStdin } from './read.js';
