/** `medlint [files...]`: wire options to the run and the formatter. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, ConfigResolver, parseRuleFlag, resolvedToPrintable, type RuleSetting } from '../config/index.js';
import { builtinRuleInfo, loadBuiltinRules, type RuleInfo } from '../engine/rule-catalogue.js';
import type { FixType, LintResult, RuleMeta } from '../engine/types.js';
import { parseShard, ShardError } from '../files/shard.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { formatterNames, loadFormatter } from '../format/index.js';
import type { Formatter } from '../format/types.js';
import { packageVersion } from '../package-info.js';
import { lintFiles, lintSource, type LintRun } from '../runner/lint-files.js';
import {
  applySuppressions,
  checkSuppressionOptions,
  DEFAULT_SUPPRESSIONS_FILE,
  type SuppressionOptions,
  SuppressionsError,
} from '../suppressions/index.js';
import { CliError, EXIT_LINT, EXIT_OK, EXIT_TROUBLE, type CliIO } from './io.js';
import { openJsonReport, type JsonReportStream } from './json-stream.js';
import { performanceSetup, printRunStats } from './run-performance.js';

export interface LintCommandOptions {
  config?: string | false;
  rule?: string[];
  ignorePattern?: string[];
  ignore?: boolean;
  stdin?: boolean;
  stdinFilename?: string;
  format: string;
  outputFile?: string;
  quiet?: boolean;
  maxWarnings?: number;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string;
  reportUnusedDirectives?: 'warn' | 'error' | 'off';
  printConfig?: string;
  color?: boolean;
  debug?: boolean;
  changed?: boolean;
  changedSince?: string;
  shard?: string;
  suppressAll?: boolean;
  suppressRule?: string[];
  suppressionsLocation?: string;
  pruneSuppressions?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: string;
}

const FIX_TYPES: FixType[] = ['citation', 'layout', 'wording'];

function parseFixTypes(value: string | undefined): FixType[] | undefined {
  if (value === undefined) return undefined;
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  for (const type of types) {
    if (!FIX_TYPES.includes(type as FixType)) {
      throw new CliError(`--fix-type: unknown type "${type}" (allowed: ${FIX_TYPES.join(', ')})`);
    }
  }
  return types as FixType[];
}

function useColor(options: LintCommandOptions, io: CliIO): boolean {
  if (options.color !== undefined) return options.color;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return !options.outputFile && io.stdoutIsTTY;
}

/** --quiet drops warnings, the way ESLint does, and recounts. */
function onlyErrorsIn(result: LintResult): LintResult {
  return {
    ...result,
    messages: result.messages.filter((message) => message.severity === 2),
    warningCount: 0,
    fixableWarningCount: 0,
  };
}

function onlyErrors(results: LintResult[]): LintResult[] {
  return results.map(onlyErrorsIn);
}

export async function runLint(files: string[], options: LintCommandOptions, io: CliIO): Promise<number> {
  try {
    return await lint(files, options, io);
  } catch (error) {
    if (
      error instanceof ConfigError ||
      error instanceof CliError ||
      error instanceof ShardError ||
      error instanceof SuppressionsError
    ) {
      io.stderr(`medlint: ${error.message}\n`);
      return EXIT_TROUBLE;
    }
    throw error;
  }
}

async function lint(files: string[], options: LintCommandOptions, io: CliIO): Promise<number> {
  const formatter = await loadFormatter(options.format);
  if (!formatter) throw new CliError(`unknown format "${options.format}" (available: ${formatterNames.join(', ')})`);
  if (options.stdin && files.length > 0) throw new CliError('--stdin takes no file arguments');
  if (options.fix && options.fixDryRun) throw new CliError('use either --fix or --fix-dry-run, not both');
  const changedOnly = options.changed === true || options.changedSince !== undefined;
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  if (options.stdin && (changedOnly || shard)) throw new CliError('--changed and --shard choose among files, so they take no --stdin');
  const suppressionOptions: SuppressionOptions = {
    cwd: io.cwd,
    ...(options.suppressionsLocation !== undefined ? { location: options.suppressionsLocation } : {}),
    suppressAll: options.suppressAll === true,
    suppressRules: options.suppressRule ?? [],
    prune: options.pruneSuppressions === true,
    stdin: options.stdin === true,
  };
  checkSuppressionOptions(suppressionOptions);

  const cliRules: Record<string, RuleSetting> = {};
  for (const flag of options.rule ?? []) {
    const [id, setting] = parseRuleFlag(flag);
    cliRules[id] = setting;
  }
  // Plain data, so worker threads can build the same resolver.
  const resolverSpec = {
    cwd: io.cwd,
    ...(typeof options.config === 'string' ? { configFile: resolve(io.cwd, options.config) } : {}),
    useConfigFiles: options.config !== false,
    cliRules,
  };
  // Rule metadata only: the rules' code is loaded when this thread lints (worker threads load their own).
  const builtinRules = await builtinRuleInfo();
  const resolver = new ConfigResolver({ ...resolverSpec, builtinRules, loadBuiltinRules });

  if (options.printConfig) {
    const config = await resolver.forFile(resolve(io.cwd, options.printConfig));
    io.stdout(`${JSON.stringify(resolvedToPrintable(config), null, 2)}\n`);
    return EXIT_OK;
  }

  const fix = options.fix ? 'write' : options.fixDryRun ? 'dry-run' : false;
  // The suppressions baseline keys findings by their text, so it needs each file's source.
  const suppressing = Boolean(options.suppressAll || options.suppressRule?.length || options.pruneSuppressions) ||
    existsSync(resolve(io.cwd, options.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE));
  const performance = performanceSetup(options, io, resolverSpec, suppressing);
  const runOptions = {
    ...performance.runOptions,
    cwd: io.cwd,
    resolver,
    ignorePatterns: options.ignorePattern ?? [],
    useIgnoreFile: options.ignore !== false,
    fix,
    ...(options.fixType !== undefined ? { fixTypes: parseFixTypes(options.fixType) ?? [] } : {}),
    reportUnusedDirectives: options.reportUnusedDirectives ?? 'off',
    ...(changedOnly ? { onlyFiles: await changedOnlyFiles(io.cwd, options.changedSince) } : {}),
    ...(shard ? { shard } : {}),
  } as const;

  let run: LintRun;
  if (options.stdin) {
    const text = (await io.readStdin()).replace(/^\uFEFF/, '');
    const filePath = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : '<text>';
    const result = await lintSource(text, filePath, { ...runOptions, fix: fix ? 'dry-run' : false });
    run = { results: [result], problems: [], warnings: [] };
    if (fix) {
      // With --stdin, stdout carries the fixed text (whole, changed or not) for editors and pipes; the report of
      // what is left goes to --output-file, or else to stderr.
      io.stdout(result.output ?? text);
      const results = options.quiet ? onlyErrors(run.results) : run.results;
      const report = formatReport(formatter, results, builtinRules, options, io);
      if (options.outputFile) await writeReport(options.outputFile, report, io);
      else if (results.some((each) => each.messages.length > 0)) io.stderr(report.endsWith('\n') ? report : `${report}\n`);
      return exitCodeFor({ ...run, results }, options);
    }
  } else {
    // The json report is written as the run goes unless suppressions must see every result first.
    const stream = options.format === 'json' && !suppressing ? openJsonReport(io, options.outputFile, options.quiet ? onlyErrorsIn : (result) => result) : null;
    try {
      run = await lintFiles(files.length > 0 ? files : ['.'], stream ? { ...runOptions, onResult: (result) => stream.add(result) } : runOptions);
    } catch (error) {
      stream?.discard();
      throw error;
    } finally {
      performance.progress.end();
    }
    printRunStats(run, io);
    if (stream) return finishStream(stream, run, options, io);
  }

  for (const warning of run.warnings) io.stderr(`medlint: warning: ${warning}\n`);
  for (const problem of run.problems) io.stderr(`medlint: ${problem}\n`);

  const baseline = await applySuppressions(run.results, suppressionOptions);
  for (const note of baseline.notes) io.stderr(`medlint: ${note}\n`);
  const results = options.quiet ? onlyErrors(baseline.results) : baseline.results;
  const report = formatReport(formatter, results, builtinRules, options, io);
  if (options.outputFile) {
    await writeReport(options.outputFile, report, io);
  } else if (report) {
    io.stdout(report.endsWith('\n') ? report : `${report}\n`);
  }
  return exitCodeFor({ ...run, results }, options);
}

/** --changed: git's list, loaded (with child_process) only then; git trouble is a message for the user. */
async function changedOnlyFiles(cwd: string, since: string | undefined): Promise<ReadonlySet<string>> {
  const { changedFiles, GitError } = await import('../files/changed.js');
  try {
    return await changedFiles({ cwd, ...(since !== undefined ? { since } : {}) });
  } catch (error) {
    throw error instanceof GitError ? new CliError(error.message) : error;
  }
}

function formatReport(formatter: Formatter, results: LintResult[], builtinRules: RuleInfo[], options: LintCommandOptions, io: CliIO): string {
  const rulesMeta: Record<string, RuleMeta> = {};
  for (const rule of builtinRules) rulesMeta[rule.meta.id] = rule.meta;
  return formatter(results, { cwd: io.cwd, color: useColor(options, io), rulesMeta, version: packageVersion() });
}

async function writeReport(outputFile: string, report: string, io: CliIO): Promise<void> {
  try {
    await writeFileAtomic(resolve(io.cwd, outputFile), report);
  } catch (error) {
    throw new CliError(`cannot write ${outputFile}: ${(error as Error).message}`);
  }
}

/** The streamed json report's end: what the run said on stderr comes first, as with a report printed whole. */
function finishStream(stream: JsonReportStream, run: LintRun, options: LintCommandOptions, io: CliIO): number {
  for (const warning of run.warnings) io.stderr(`medlint: warning: ${warning}\n`);
  for (const problem of run.problems) io.stderr(`medlint: ${problem}\n`);
  stream.finish();
  return exitCodeFrom(run.problems.length, stream.errorCount, stream.warningCount, options);
}

function exitCodeFor(run: LintRun, options: LintCommandOptions): number {
  let errors = 0;
  let warnings = 0;
  for (const result of run.results) {
    errors += result.errorCount;
    warnings += result.warningCount;
  }
  return exitCodeFrom(run.problems.length, errors, warnings, options);
}

function exitCodeFrom(problems: number, errors: number, warnings: number, options: LintCommandOptions): number {
  if (problems > 0) return EXIT_TROUBLE;
  if (errors > 0) return EXIT_LINT;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return EXIT_LINT;
  return EXIT_OK;
}
