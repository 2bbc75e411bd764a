/** The built bundles start from their V8 code caches (bin/load-bundle.js, scripts/code-cache.mjs). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from './run-cli.js';

describe('code cache', () => {
  it('is accepted for both bundles of this build', () => {
    const script = [
      `const { loadBundle } = await import(${JSON.stringify(join(projectRoot, 'bin', 'load-bundle.js'))});`,
      `const dir = ${JSON.stringify(join(projectRoot, 'dist', 'bundle'))};`,
      "const cli = loadBundle(dir + '/cli.cjs');",
      // Workers start in long runs, under the flags those set (src/runner/tiering.ts); their cache is made for them.
      "(await import('node:v8')).setFlagsFromString(cli.exports.WORKER_V8_FLAGS);",
      "const used = [cli.cacheUsed, loadBundle(dir + '/worker.cjs').cacheUsed];",
      'console.log(JSON.stringify(used));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual([true, true]);
  });
});
