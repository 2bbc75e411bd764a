/**
 * `--cache`: per file, the hash of its text and of its config, and the
 * results they produced. A file whose hashes match is not parsed again (unless
 * the run prints the evidence summary and the stored result was made without). The
 * cache file is written whole and atomically; an unreadable one is ignored
 * with a warning, never an error.
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { LintResult } from '../engine/types.js';
import { writeFileAtomic } from '../files/write-atomic.js';

export const DEFAULT_CACHE_FILE = '.medlintcache';

/** A result without what is rebuilt on every run (path, text). */
export type CachedResult = Omit<LintResult, 'filePath' | 'source' | 'output'>;

interface CacheEntry {
  /** Hash of the file's decoded text. */
  text: string;
  /** configFingerprint() of the config that applied. */
  config: string;
  /** The run that stored it computed the evidence summary (absent in older files: false). */
  evidence?: boolean;
  result: CachedResult;
}

interface CacheFile {
  medlint: string;
  files: Record<string, CacheEntry>;
}

/** `--cache-location`: a file, or a directory (existing, or written with a trailing slash) to hold `.medlintcache`. */
export function resolveCacheLocation(cwd: string, location: string | undefined): string {
  if (location === undefined) return resolve(cwd, DEFAULT_CACHE_FILE);
  const path = resolve(cwd, location);
  const isDirectory = location.endsWith('/') || location.endsWith(sep) || (existsSync(path) && statSync(path).isDirectory());
  return isDirectory ? join(path, DEFAULT_CACHE_FILE) : path;
}

function isCacheFile(value: unknown): value is CacheFile {
  if (typeof value !== 'object' || value === null) return false;
  const { medlint, files } = value as Record<string, unknown>;
  return typeof medlint === 'string' && typeof files === 'object' && files !== null && !Array.isArray(files);
}

function isEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const { text, config, result } = value as Record<string, unknown>;
  return (
    typeof text === 'string' &&
    typeof config === 'string' &&
    typeof result === 'object' &&
    result !== null &&
    Array.isArray((result as Record<string, unknown>).messages)
  );
}

export class LintCache {
  private readonly seen = new Set<string>();

  private constructor(
    readonly location: string,
    private readonly version: string,
    private readonly entries: Map<string, CacheEntry>,
  ) {}

  /** The cache at `location`, empty when missing, from another version, or unreadable (with a warning). */
  static async load(location: string, version: string): Promise<{ cache: LintCache; warning: string | null }> {
    let text: string;
    try {
      text = await readFile(location, 'utf8');
    } catch {
      return { cache: new LintCache(location, version, new Map()), warning: null };
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
    if (!isCacheFile(data)) {
      return { cache: new LintCache(location, version, new Map()), warning: `cache file ${location} is unreadable; it will be rebuilt` };
    }
    const entries = new Map<string, CacheEntry>();
    if (data.medlint === version) {
      for (const [filePath, entry] of Object.entries(data.files)) if (isEntry(entry)) entries.set(filePath, entry);
    }
    return { cache: new LintCache(location, version, entries), warning: null };
  }

  /**
   * The stored result for this text under this config, or undefined. A run that prints the evidence summary
   * (`wantEvidence`) cannot use a result stored by a run that skipped it; the other way round is fine.
   */
  get(filePath: string, textHash: string, configHash: string, wantEvidence = false): LintResult | undefined {
    this.seen.add(filePath);
    const entry = this.entries.get(filePath);
    if (entry === undefined || entry.text !== textHash || entry.config !== configHash) return undefined;
    if (wantEvidence && entry.evidence !== true) return undefined;
    return { filePath, ...entry.result, messages: [...entry.result.messages] };
  }

  /** `withEvidence`: the run computed the evidence summary (a file that could not be parsed has none even then). */
  set(filePath: string, textHash: string, configHash: string, result: LintResult, withEvidence = result.evidence !== undefined): void {
    const { filePath: _path, source: _source, output: _output, ...stored } = result;
    this.seen.add(filePath);
    this.entries.set(filePath, { text: textHash, config: configHash, ...(withEvidence ? { evidence: true } : {}), result: stored });
  }

  /** Forget a file (e.g. one that --fix rewrote: it is linted afresh next time). */
  delete(filePath: string): void {
    this.seen.add(filePath);
    this.entries.delete(filePath);
  }

  /** Write atomically; entries for files this run did not see are kept while the file exists. */
  async save(): Promise<void> {
    const files: Record<string, CacheEntry> = {};
    for (const [filePath, entry] of this.entries) {
      if (this.seen.has(filePath) || existsSync(filePath)) files[filePath] = entry;
    }
    const data: CacheFile = { medlint: this.version, files };
    await mkdir(dirname(this.location), { recursive: true });
    await writeFileAtomic(this.location, JSON.stringify(data));
  }
}
