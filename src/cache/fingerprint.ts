/**
 * What a cached result depends on besides the file's text: the resolved
 * config (rules, severities, options), the identity of every rule that runs
 * (built-in or plugin: its id, meta and code), the medlint version and the
 * run options that change messages.
 */
import type { ResolvedConfig } from '../config/types.js';
import type { Rule } from '../engine/types.js';
import { nodeCrypto } from '../lazy-builtins.js';

export function hashText(text: string): string {
  return nodeCrypto().createHash('sha256').update(text).digest('base64url');
}

const ruleIdentities = new WeakMap<Rule, string>();

/** A rule's meta and code, so editing a plugin invalidates what it reported. */
function ruleIdentity(rule: Rule): string {
  let identity = ruleIdentities.get(rule);
  if (identity === undefined) {
    identity = hashText(`${JSON.stringify(rule.meta)}\0${rule.check.toString()}`);
    ruleIdentities.set(rule, identity);
  }
  return identity;
}

export interface FingerprintContext {
  version: string;
  reportUnusedDirectives: string;
}

const fingerprints = new WeakMap<ResolvedConfig, Map<string, string>>();

/** Stable for equal configs; memoised per config object (the resolver shares them between files). */
export function configFingerprint(config: ResolvedConfig, context: FingerprintContext): string {
  const contextKey = JSON.stringify(context);
  let byContext = fingerprints.get(config);
  if (byContext === undefined) {
    byContext = new Map();
    fingerprints.set(config, byContext);
  }
  let fingerprint = byContext.get(contextKey);
  if (fingerprint === undefined) {
    const rules = config.rules.map(({ rule, severity, options }) => [rule.meta.id, severity, options, ruleIdentity(rule)]);
    fingerprint = hashText(JSON.stringify([context.version, context.reportUnusedDirectives, rules]));
    byContext.set(contextKey, fingerprint);
  }
  return fingerprint;
}
