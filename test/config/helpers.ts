import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Rule } from '../../src/engine/types.js';

/** Writes `{ 'a/b.json': text }` under a fresh temp directory and returns its path. */
export async function makeTree(files: Record<string, string | object>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'medlint-config-'));
  for (const [path, content] of Object.entries(files)) {
    const target = join(root, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return root;
}

function fakeRule(id: string, extra: Partial<Rule['meta']> = {}, defaultOptions: Record<string, unknown> = {}): Rule {
  return {
    meta: { id, description: `${id} (fake)`, defaultSeverity: 'warn', docs: `docs/rules/${id}.md`, ...extra },
    defaultOptions,
    check: () => {},
  };
}

export const fakeRules: Rule[] = [
  fakeRule('unsourced-claim', {}, { minWords: 6 }),
  fakeRule('dangling-citation'),
  fakeRule('unused-reference'),
  fakeRule('missing-contraindications'),
  fakeRule(
    'unhedged-efficacy',
    {
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: { allow: { type: 'array', items: { type: 'string' } }, strictness: { enum: ['low', 'high'] } },
      },
    },
    { allow: [], strictness: 'low' },
  ),
];
