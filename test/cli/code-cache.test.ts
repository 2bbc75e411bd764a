/** The built bundles start from their V8 code caches (bin/load-bundle.js, scripts/code-cache.mjs). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './run-cli.js';

describe('code cache', () => {
  it('is accepted for both bundles of this build', () => {
    const script = [
      `const { loadBundle } = await import(${JSON.stringify(join(projectRoot, 'bin', 'load-bundle.js'))});`,
      `const used = ['cli.cjs', 'worker.cjs'].map((name) => loadBundle(${JSON.stringify(join(projectRoot, 'dist', 'bundle'))} + '/' + name).cacheUsed);`,
      'console.log(JSON.stringify(used));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([true, true]);
  });
});
