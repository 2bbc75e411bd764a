import { chmod, mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findFiles } from '../../src/files/find.js';

async function makeTree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'medlint-files-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

let cwd: string;
const rel = (files: string[]) => files.map((file) => file.slice(cwd.length + 1));

beforeAll(async () => {
  cwd = await makeTree({
    'README.md': '',
    'notes.txt': '',
    'image.png': '',
    'docs/b.markdown': '',
    'docs/a.md': '',
    'docs/UPPER.MD': '',
    'docs/config.json': '',
    'docs/drafts/wip.md': '',
    'docs/.hidden/secret.md': '',
    'docs/old/gone.md': '',
    'docs/old/keep.md': '',
    'node_modules/pkg/readme.md': '',
    'docs/node_modules/pkg/readme.md': '',
    '.git/description.md': '',
    'only-drafts/drafts/x.md': '',
    '.medlintignore': '# comment\ndrafts/\n',
  });
});

describe('findFiles', () => {
  it('walks directories for the extensions, skipping node_modules, .git and ignored paths', async () => {
    const { files, problems } = await findFiles(['.'], { cwd, ignorePatterns: ['docs/old/*', '!docs/old/keep.md'] });
    expect(rel(files)).toEqual([
      'README.md',
      'docs/.hidden/secret.md',
      'docs/UPPER.MD',
      'docs/a.md',
      'docs/b.markdown',
      'docs/old/keep.md',
      'notes.txt',
    ]);
    expect(problems).toEqual([]);
  });

  it('lints an explicitly named file whatever its extension, and says when it is ignored', async () => {
    const { files, problems } = await findFiles(['docs/config.json', 'docs/drafts/wip.md', 'README.md'], { cwd });
    expect(rel(files)).toEqual(['README.md', 'docs/config.json']);
    expect(problems).toEqual([
      {
        pattern: 'docs/drafts/wip.md',
        message: 'File ignored by .medlintignore / --ignore-pattern: docs/drafts/wip.md (use --no-ignore to lint it)',
      },
    ]);
  });

  it('expands globs (any extension), minus ignored files and node_modules', async () => {
    const { files, problems } = await findFiles(['**/*.md', 'docs/*.json'], { cwd });
    expect(rel(files)).toEqual(['README.md', 'docs/a.md', 'docs/config.json', 'docs/old/gone.md', 'docs/old/keep.md']);
    expect(problems).toEqual([]);
  });

  it('returns sorted unique absolute paths when patterns overlap', async () => {
    const { files } = await findFiles(['docs/a.md', 'docs', join(cwd, 'docs/*.md')], { cwd, ignoreFile: false });
    expect(files.every((file) => file.startsWith(cwd))).toBe(true);
    expect(rel(files)).toEqual([
      'docs/.hidden/secret.md',
      'docs/UPPER.MD',
      'docs/a.md',
      'docs/b.markdown',
      'docs/drafts/wip.md',
      'docs/old/gone.md',
      'docs/old/keep.md',
    ]);
  });

  it('honours custom extensions', async () => {
    const { files } = await findFiles(['docs'], { cwd, extensions: ['json', '.markdown'] });
    expect(rel(files)).toEqual(['docs/b.markdown', 'docs/config.json']);
  });

  it('reports patterns that match nothing, or only ignored files', async () => {
    const { files, problems } = await findFiles(['missing.md', 'missing-dir', 'nothing/**/*.md', 'only-drafts', 'docs/drafts/*.md'], {
      cwd,
    });
    expect(files).toEqual([]);
    expect(problems).toEqual([
      { pattern: 'missing.md', message: "No files matching 'missing.md' were found." },
      { pattern: 'missing-dir', message: "No files matching 'missing-dir' were found." },
      { pattern: 'nothing/**/*.md', message: "No files matching 'nothing/**/*.md' were found." },
      { pattern: 'only-drafts', message: "All files matched by 'only-drafts' are ignored." },
      { pattern: 'docs/drafts/*.md', message: "All files matched by 'docs/drafts/*.md' are ignored." },
    ]);
  });

  it('reads a named ignore file and reports one that is missing', async () => {
    const custom = await makeTree({ 'a.md': '', 'b.md': '', 'ignore-these': 'b.md\n' });
    expect(rel2(custom, (await findFiles(['.'], { cwd: custom, ignoreFile: 'ignore-these' })).files)).toEqual(['a.md']);
    // .medlintignore is optional even when named; another missing ignore file is a problem.
    expect((await findFiles(['.'], { cwd: custom, ignoreFile: '.medlintignore' })).problems).toEqual([]);
    const missing = await findFiles(['.'], { cwd: custom, ignoreFile: 'nope' });
    expect(rel2(custom, missing.files)).toEqual(['a.md', 'b.md']);
    expect(missing.problems).toHaveLength(1);
    expect(missing.problems[0]?.message).toMatch(/^Cannot read ignore file .*nope: ENOENT, no such file or directory$/);
  });

  it('survives symbolic link loops and unreadable directories', async () => {
    const tree = await makeTree({ 'a/x.md': '', 'locked/y.md': '' });
    await symlink(join(tree, 'a'), join(tree, 'a/loop'));
    await symlink(join(tree, 'missing.md'), join(tree, 'a/broken.md'));
    await chmod(join(tree, 'locked'), 0o000);
    try {
      const { files, problems } = await findFiles(['.'], { cwd: tree });
      expect(rel2(tree, files)).toEqual(process.getuid?.() === 0 ? ['a/x.md', 'locked/y.md'] : ['a/x.md']);
      const messages = problems.map((problem) => problem.message);
      expect(messages).toContainEqual(expect.stringMatching(/^Symbolic link loop at .*a\/loop/));
      expect(messages).toContainEqual(expect.stringMatching(/^Cannot read .*a\/broken\.md: ENOENT/));
      if (process.getuid?.() !== 0) expect(messages).toContainEqual(expect.stringMatching(/^Cannot read directory .*locked: EACCES/));
    } finally {
      await chmod(join(tree, 'locked'), 0o755);
    }
  });
});

function rel2(root: string, files: string[]): string[] {
  return files.map((file) => file.slice(root.length + 1));
}
