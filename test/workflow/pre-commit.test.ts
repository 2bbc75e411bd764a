/**
 * The hook in .pre-commit-hooks.yaml, run by the real pre-commit framework
 * the way a content repo would: `pre-commit try-repo` clones medlint's
 * committed HEAD, installs it with npm (building it through `prepare`) and
 * runs the hook. Each try-repo installs afresh, which takes a minute or two.
 * `.ci/run` installs pre-commit; elsewhere the test is skipped, saying why.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../cli/run-cli.js';
import { git, gitEnv, writeFiles } from './git-repo.js';

function unavailableBecause(): string | null {
  if (spawnSync('pre-commit', ['--version']).status !== 0) return 'pre-commit is not installed (apt-get install pre-commit)';
  if (spawnSync('git', ['rev-parse', 'HEAD'], { cwd: projectRoot }).status !== 0) return 'medlint is not a git checkout';
  return null;
}

const skipReason = unavailableBecause();
if (skipReason) console.warn(`pre-commit hook test skipped: ${skipReason}`);

const INSTALL_TIMEOUT = 10 * 60_000;

/** The parent's npm_* variables (set by `npm test`) would point npm inside pre-commit at this checkout. */
function cleanEnv(preCommitHome: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(gitEnv)) {
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD') env[key] = value;
  }
  // try-repo installs into its own temporary store; PRE_COMMIT_HOME still keeps pre-commit's log out of ~.
  return { ...env, PRE_COMMIT_HOME: preCommitHome, PRE_COMMIT_COLOR: 'never', NO_COLOR: '1' };
}

interface HookRun {
  code: number;
  output: string;
}

describe.skipIf(skipReason !== null)(`pre-commit hook${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let scratch = '';
  let medlintClone = '';
  let contentRepo = '';
  let passing: Promise<HookRun>;
  let failing: Promise<HookRun>;

  function tryRepo(files: string[]): Promise<HookRun> {
    return new Promise((done) => {
      execFile(
        'pre-commit',
        ['try-repo', medlintClone, 'medlint', '--color', 'never', '--verbose', '--files', ...files],
        { cwd: contentRepo, env: cleanEnv(join(scratch, 'pre-commit-home')), timeout: INSTALL_TIMEOUT, maxBuffer: 64 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
          done({ code, output: `${stdout}${stderr}` });
        },
      );
    });
  }

  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'medlint-pre-commit-'));
    // A clone is the committed state, as a content repo would fetch it, without anyone's work in progress.
    medlintClone = join(scratch, 'medlint');
    git(scratch, 'clone', '-q', projectRoot, medlintClone);
    contentRepo = join(scratch, 'content');
    git(scratch, 'init', '-q', contentRepo);
    writeFiles(contentRepo, {
      '.medlintrc.json': JSON.stringify({ root: true, rules: { 'dangling-citation': 'error' } }),
      'clean.md': '# Zinc lozenges\n\nZinc lozenges may shorten colds by about a day [1].\n\n## References\n\n1. Hemila H. Zinc lozenges and the common cold. 2017.\n',
      'clean.txt': 'Zinc lozenges\n\nZinc lozenges may shorten colds by about a day.\n',
      'bad.md': '# Zinc lozenges\n\nZinc lozenges may shorten colds by about a day [1].\nHigher doses may upset the stomach [4].\n\n## References\n\n1. Hemila H. Zinc lozenges and the common cold. 2017.\n',
      'bad.txt': 'Zinc lozenges\n\nHigher doses may upset the stomach [4].\n',
      // Text, but not an article: the hook's types must keep it away from medlint, which would flag the marker.
      'notes.yaml': 'todo: "check the source for [7]"\n',
    });
    git(contentRepo, 'add', '-A');
    // try-repo installs into a fresh temporary store every time (PRE_COMMIT_HOME is not used), so the two
    // runs start together and share only npm's cache.
    passing = tryRepo(['clean.md', 'clean.txt', 'notes.yaml']);
    failing = tryRepo(['clean.md', 'bad.md', 'bad.txt']);
  });

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it(
    'passes clean articles, and hands medlint only Markdown and plain text',
    async () => {
      const run = await passing;
      expect(run.output).toMatch(/medlint\.+Passed/);
      expect(run.code).toBe(0);
    },
    INSTALL_TIMEOUT,
  );

  it(
    "fails bad articles, Markdown and plain text, with medlint's findings",
    async () => {
      const run = await failing;
      expect(run.output).toMatch(/medlint\.+Failed/);
      expect(run.output).toContain('- exit code: 1');
      expect(run.output).toMatch(/bad\.md\n\s+4:36\s+error\s+Citation \[4\].*dangling-citation/);
      expect(run.output).toMatch(/bad\.txt\n\s+3:\d+\s+error\s+Citation \[4\].*dangling-citation/);
      expect(run.output).not.toContain('clean.md\n');
      expect(run.code).toBe(1);
    },
    INSTALL_TIMEOUT,
  );
});
