/**
 * A worker thread's entry (run by tinypool): lint a batch of files. The rules,
 * their word lists and the config resolver are loaded once per worker and
 * reused for every batch it gets.
 */
import { builtinRules } from '../../rules/index.js';
import { ConfigResolver } from '../config/index.js';
import type { LintResult } from '../engine/types.js';
import { lintJobFile, type LintJobFile, type LintJobOptions, type ResolverSpec } from './lint-job.js';

export interface LintBatch {
  resolver: ResolverSpec;
  options: LintJobOptions;
  files: LintJobFile[];
}

const resolvers = new Map<string, ConfigResolver>();

function resolverFor(spec: ResolverSpec): ConfigResolver {
  const key = JSON.stringify(spec);
  let resolver = resolvers.get(key);
  if (resolver === undefined) {
    resolver = new ConfigResolver({ ...spec, builtinRules });
    resolvers.set(key, resolver);
  }
  return resolver;
}

export default async function lintBatch(batch: LintBatch): Promise<LintResult[]> {
  const resolver = resolverFor(batch.resolver);
  const results: LintResult[] = [];
  for (const file of batch.files) results.push(await lintJobFile(file, resolver, batch.options));
  return results;
}
