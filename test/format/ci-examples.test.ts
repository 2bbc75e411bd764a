import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatterNames } from '../../src/format/index.js';
import { projectRoot } from '../cli/run-cli.js';

const examples = ['docs/ci/github-actions.yml', 'docs/ci/gitlab-ci.yml'];

describe('CI examples in docs/ci', () => {
  for (const example of examples) {
    it(`${example} is valid YAML and uses only formats medlint has`, () => {
      const text = readFileSync(join(projectRoot, example), 'utf8');
      expect(() => parse(text)).not.toThrow();
      const formats = [...text.matchAll(/--format (\S+)/g)].map((match) => match[1]);
      expect(formats.length).toBeGreaterThan(0);
      for (const format of formats) expect(formatterNames).toContain(format);
    });
  }

  it('the GitHub workflow annotates and uploads SARIF', () => {
    const workflow = parse(readFileSync(join(projectRoot, examples[0]!), 'utf8')) as {
      jobs: Record<string, { steps: Array<{ run?: string; uses?: string; with?: Record<string, string> }> }>;
    };
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.some((step) => step.run?.includes('--format github'))).toBe(true);
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with?.sarif_file).toBe('medlint.sarif');
    expect(steps.some((step) => step.run?.includes('--output-file medlint.sarif'))).toBe(true);
  });

  it('the GitLab job publishes the Code Quality report it writes', () => {
    const pipeline = parse(readFileSync(join(projectRoot, examples[1]!), 'utf8')) as {
      medlint: { script: string[]; artifacts: { reports: { codequality: string; junit: string } } };
    };
    const { script, artifacts } = pipeline.medlint;
    expect(script.some((line) => line.includes(`--format gitlab --output-file ${artifacts.reports.codequality}`))).toBe(true);
    expect(script.some((line) => line.includes(`--format junit --output-file ${artifacts.reports.junit}`))).toBe(true);
  });
});
