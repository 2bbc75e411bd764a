/** Configuration: discovery, loading, validation and resolution. */
export { ConfigError } from './error.js';
export { configFileNames } from './load.js';
export { resolvedToPrintable, type PrintableConfig } from './printable.js';
export { ConfigResolver } from './resolver.js';
export { parseRuleFlag } from './rule-flag.js';
export { starterConfig } from './starter.js';
export type {
  ConfigData,
  ConfigResolverOptions,
  OverrideData,
  ResolvedConfig,
  ResolvedRule,
  RuleSetting,
} from './types.js';
