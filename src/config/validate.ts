/**
 * Validation with ajv: the shape of a config file, and each rule's options
 * against its `meta.schema`. ajv is imported only when a config actually needs
 * validating, and every schema is compiled once.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Rule } from '../engine/types.js';
import { closestMatch } from './did-you-mean.js';
import { ConfigError, joinKeyPath } from './error.js';
import { describe } from './severity.js';
import type { ConfigData } from './types.js';

type AjvInstance = import('ajv').Ajv;

const stringOrStrings = { type: ['string', 'array'], items: { type: 'string', minLength: 1 }, minLength: 1 };

const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    root: { type: 'boolean' },
    extends: stringOrStrings,
    rules: { type: 'object' },
    overrides: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['files'],
        properties: { files: stringOrStrings, excludedFiles: stringOrStrings, rules: { type: 'object' } },
      },
    },
    plugins: { type: 'array', items: { type: 'string', minLength: 1 } },
    ignorePatterns: stringOrStrings,
  },
} as const;

let ajvInstance: Promise<AjvInstance> | null = null;
let configValidator: ValidateFunction | null = null;
/** What option validation reads of a rule (its code may not be loaded). */
type RuleOptionsInfo = Pick<Rule, 'meta' | 'defaultOptions'>;

const optionValidators = new WeakMap<RuleOptionsInfo, ValidateFunction>();

function loadAjv(): Promise<AjvInstance> {
  ajvInstance ??= import('ajv').then((module) => {
    const Ajv = module.Ajv;
    // Not strict: rule authors' schemas may carry keywords ajv does not know (titles, markdown docs).
    return new Ajv({ allErrors: false, verbose: true, strict: false });
  });
  return ajvInstance;
}

/** Checks the keys and value types of one config file; rule settings are checked by the resolver. */
export async function validateConfigShape(data: unknown, filePath: string): Promise<ConfigData> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(filePath, '', `expected a config object, got ${describe(data)}`);
  }
  const ajv = await loadAjv();
  const validator = (configValidator ??= ajv.compile(configSchema));
  if (!validator(data)) throw toConfigError(validator.errors, filePath, '');
  return data as ConfigData;
}

/** Checks configured options against the rule's schema (or, without one, its default option names). */
export async function validateRuleOptions(
  rule: RuleOptionsInfo,
  options: Record<string, unknown>,
  filePath: string,
  keyPath: string,
): Promise<void> {
  const schema = rule.meta.schema;
  if (schema === undefined) {
    const known = Object.keys(rule.defaultOptions);
    for (const key of Object.keys(options)) {
      if (known.includes(key)) continue;
      const allowed = known.length > 0 ? `allowed options: ${known.join(', ')}` : `'${rule.meta.id}' takes no options`;
      throw new ConfigError(filePath, joinKeyPath(keyPath, key), `unknown option '${key}'; ${allowed}`);
    }
    return;
  }
  const validator = optionValidators.get(rule) ?? (await compileOptionsSchema(rule, schema));
  if (!validator(options)) throw toConfigError(validator.errors, filePath, keyPath);
}

async function compileOptionsSchema(rule: RuleOptionsInfo, schema: Record<string, unknown>): Promise<ValidateFunction> {
  const ajv = await loadAjv();
  try {
    const validator = ajv.compile(schema);
    optionValidators.set(rule, validator);
    return validator;
  } catch (error) {
    // A bug in the rule, not in the user's config.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Rule '${rule.meta.id}' has an invalid options schema: ${reason}`);
  }
}

function toConfigError(errors: ErrorObject[] | null | undefined, filePath: string, baseKeyPath: string): ConfigError {
  const error = errors?.[0];
  if (error === undefined) return new ConfigError(filePath, baseKeyPath, 'invalid value');
  const keyPath = joinKeyPath(baseKeyPath, ...pointerSegments(error.instancePath));
  const { detail, key } = explain(error);
  return new ConfigError(filePath, key === undefined ? keyPath : joinKeyPath(keyPath, key), detail);
}

function explain(error: ErrorObject): { detail: string; key?: string } {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const properties = (error.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
      const allowed = Object.keys(properties ?? {});
      const suggestion = closestMatch(key, allowed);
      const hint = suggestion ? ` (did you mean '${suggestion}'?)` : '';
      const list = allowed.length > 0 ? `; allowed keys: ${allowed.join(', ')}` : '; no other keys are allowed';
      return { key, detail: `unknown key '${key}'${hint}${list}` };
    }
    case 'required':
      return { detail: `missing required key '${String(params.missingProperty)}'` };
    case 'type': {
      const types = Array.isArray(params.type) ? params.type.join(' or ') : String(params.type);
      return { detail: `expected ${types.replace('array', 'a list')}, got ${describe(error.data)}` };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(', ');
      return { detail: `expected one of ${allowed}, got ${describe(error.data)}` };
    }
    default:
      return { detail: `${error.message ?? 'invalid value'}, got ${describe(error.data)}` };
  }
}

/** `/rules/a~1b/1` → ['rules', 'a/b', 1]. */
function pointerSegments(pointer: string): Array<string | number> {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}
