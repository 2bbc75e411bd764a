/**
 * Validate SARIF two ways: Microsoft's SARIF multitool (the spec's rules plus
 * GitHub's ingestion rules) and the SARIF 2.1.0 JSON schema it ships, through
 * ajv (the multitool silently drops some schema violations, e.g. a bad enum).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';

const require = createRequire(import.meta.url);

export interface ValidatorFinding {
  ruleId: string;
  level: string;
  message: string;
}

/**
 * The platform binary. Its package makes it executable in a postinstall
 * script, which npm may skip (npm 11 without allowScripts), so do it here.
 */
export function multitoolPath(): string {
  const binary = require('@microsoft/sarif-multitool') as string;
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    chmodSync(binary, statSync(binary).mode | 0o755);
  }
  return binary;
}

export function runMultitool(sarifText: string): ValidatorFinding[] {
  const dir = mkdtempSync(join(tmpdir(), 'medlint-sarif-'));
  const input = join(dir, 'report.sarif');
  const output = join(dir, 'validation.sarif');
  writeFileSync(input, sarifText);
  const run = spawnSync(
    multitoolPath(),
    ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--level', 'Error;Warning;Note'],
    {
      encoding: 'utf8',
      timeout: 120_000,
      env: {
        ...process.env,
        // .NET needs ICU unless told not to; slim CI images lack it.
        DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
        DOTNET_CLI_TELEMETRY_OPTOUT: '1',
        DOTNET_BUNDLE_EXTRACT_BASE_DIR: join(process.env.MEDLINT_TEST_OUTER_TMPDIR ?? tmpdir(), 'medlint-sarif-multitool'),
      },
    },
  );
  try {
    if (run.error) throw run.error;
    if (run.status !== 0) throw new Error(`sarif multitool exited ${run.status}:\n${run.stdout}\n${run.stderr}`);
    return findingsIn(readFileSync(output, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function findingsIn(validationLog: string): ValidatorFinding[] {
  const log = JSON.parse(validationLog) as {
    runs: Array<{ results?: Array<{ ruleId: string; level?: string; message: { text?: string } }> }>;
  };
  return (log.runs[0]?.results ?? []).map((result) => ({
    ruleId: result.ruleId,
    level: result.level ?? 'warning',
    message: result.message.text ?? '',
  }));
}

let schemaValidator: ((data: unknown) => boolean) & { errors?: unknown } | null = null;

/** Schema errors, empty when the log matches the SARIF 2.1.0 schema. */
export function schemaErrors(log: unknown): unknown[] {
  if (!schemaValidator) {
    const schemaPath = join(dirname(multitoolPath()), 'sarif-2.1.0.json');
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
    schemaValidator = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
  }
  return schemaValidator(log) ? [] : ((schemaValidator.errors as unknown[] | null | undefined) ?? []);
}
