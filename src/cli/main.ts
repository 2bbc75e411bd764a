/**
 * The command line: options in, calls out, an exit code back.
 * 0 clean (warnings within --max-warnings), 1 lint errors or too many
 * warnings, 2 usage, config or I/O trouble.
 */
import { Command, CommanderError, Option } from 'commander';
import { packageVersion } from '../package-info.js';
import { CliError, type CliIO, defaultIO, EXIT_OK, EXIT_TROUBLE } from './io.js';
import { installSignalHandlers } from './signals.js';

export { startShortRun, WORKER_V8_FLAGS } from '../runner/tiering.js';

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function parseCount(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new CliError(`--max-warnings expects a whole number, got "${value}"`);
  return number;
}

export function buildProgram(io: CliIO, setExit: (code: number) => void): Command {
  const program = new Command('medlint');
  program
    .description('Lint health and medical articles: unsourced claims, dangling citations, missing safety sections, overstated efficacy.')
    .version(packageVersion(), '-v, --version')
    .argument('[files...]', 'files, directories or globs to lint (default: .)')
    .option('-c, --config <file>', 'use this config file only, no discovery')
    .option('--no-config', 'ignore config files; use the recommended preset')
    .option('--rule <id:severity>', 'set a rule, e.g. --rule unsourced-claim:error (repeatable)', collect)
    .option('--ignore-pattern <pattern>', 'skip files matching this gitignore-style pattern (repeatable)', collect)
    .option('--no-ignore', 'do not read .medlintignore')
    .option('--stdin', 'lint text from standard input')
    .option('--stdin-filename <name>', 'file name for --stdin (chooses Markdown or plain text, and config)')
    .option('-f, --format <name>', 'output format: stylish, json, compact, html, github, sarif, junit, gitlab', 'stylish')
    .option('-o, --output-file <file>', 'write the report to a file')
    .option('--quiet', 'report errors only')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseCount)
    .option('--fix', 'apply fixes to files')
    .option('--fix-dry-run', 'compute fixes without writing them')
    .addOption(new Option('--fix-type <types>', 'kinds of fixes to apply, comma-separated: citation, layout, wording'))
    .addOption(
      new Option('--report-unused-directives [severity]', 'report disable directives that silence nothing')
        .choices(['warn', 'error', 'off'])
        .preset('warn'),
    )
    .option('--changed', 'lint only files git sees as changed: staged, unstaged or untracked')
    .option('--changed-since <ref>', 'like --changed, plus files changed on this branch since <ref>')
    .option('--shard <i/n>', 'lint only part i of n of the file list (for CI matrices)')
    .option('--suppress-all', 'record every current finding in the suppressions file; later runs report only new ones')
    .option('--suppress-rule <id>', "record this rule's current findings only (repeatable)", collect)
    .option('--suppressions-location <file>', 'the suppressions file (default: medlint-suppressions.json)')
    .option('--prune-suppressions', 'drop suppressions that no longer occur')
    .option('--print-config <file>', 'print the configuration used for a file')
    .option('--color', 'force colour')
    .option('--no-color', 'disable colour')
    .option('--cache', 'lint only files whose text or config changed since the last --cache run')
    .option('--cache-location <path>', 'cache file, or directory for it (default: .medlintcache)')
    .option('--concurrency <n>', 'threads that lint, the main thread included: a number, auto or off (default: auto, the cores for big runs; off: the main thread only)')
    .option('--debug', 'print stack traces for internal errors')
    .showHelpAfterError('(run medlint --help for usage)')
    .action(async (files: string[], options) => {
      const { runLint } = await import('./lint-command.js');
      setExit(await runLint(files, options, io));
    });

  program
    .command('rules')
    .description('list every rule with its default severity')
    .action(async () => {
      const { listRules } = await import('./info-commands.js');
      setExit(await listRules(io));
    });
  program
    .command('explain <rule>')
    .description("print a rule's documentation")
    .action(async (ruleId: string) => {
      const { explainRule } = await import('./info-commands.js');
      setExit(await explainRule(ruleId, io));
    });
  program
    .command('inspect <file>')
    .description('show what medlint understood: title, headings, references, and what each citation resolves to')
    .action(async (file: string) => {
      const { inspectFile } = await import('./inspect-command.js');
      setExit(await inspectFile(file, io));
    });
  program
    .command('init')
    .description('write a starter .medlintrc.json here (never overwrites)')
    .action(async () => {
      const { initConfig } = await import('./info-commands.js');
      setExit(await initConfig(io));
    });
  return program;
}

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  let exitCode = EXIT_OK;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  program.exitOverride();
  program.configureOutput({
    writeOut: (text) => io.stdout(text),
    writeErr: (text) => io.stderr(text),
  });
  const debug = argv.includes('--debug');
  const removeSignalHandlers = installSignalHandlers((text) => io.stderr(text));
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit through here with code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_TROUBLE;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`medlint: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_TROUBLE;
  } finally {
    removeSignalHandlers();
  }
}
