import { describe, expect, it } from 'vitest';
import { REPOSITORY_BLOB_URL, sarif } from '../../src/format/sarif.js';
import { HOSTILE, sampleContext, sampleResults } from './sample-results.js';
import { runMultitool, schemaErrors } from './sarif-validator.js';

/**
 * Notes the multitool raises that are not medlint's to fix, each with why:
 * - SARIF2002 (message id + arguments instead of text): messages are written per finding; no localisation.
 * - SARIF2003 (no versionControlProvenance): medlint runs no git; the CI upload step records commit and ref.
 * - SARIF2006 (URI not reachable): the validator fetches URLs, and tests may run offline;
 *   the rule pages live under the repository URL placeholder until the project is published.
 * - SARIF2009 (rule ids like "CS2001"): medlint's ids are stable kebab-case names that configs depend on.
 * - SARIF2010, SARIF2011, SARIF2013 (no snippets, context regions or embedded files): code scanning reads
 *   the files from the repository; embedding articles would bloat every report.
 * - SARIF2012 (no helpUri for medlint-core and plugin rules): they have no page to link.
 */
const NOT_OURS = new Set(['SARIF2002', 'SARIF2003', 'SARIF2006', 'SARIF2009', 'SARIF2010', 'SARIF2011', 'SARIF2012', 'SARIF2013']);

interface Text {
  text: string;
}

interface Location {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

interface SarifFix {
  description: Text;
  artifactChanges: Array<{ artifactLocation: Location; replacements: Array<Record<string, unknown>> }>;
}

interface Log {
  $schema: string;
  version: string;
  runs: Array<{
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: Array<{ id: string; name: string; help: Text & { markdown: string }; defaultConfiguration?: { level: string } }>;
      };
    };
    originalUriBaseIds: Record<string, { uri: string }>;
    artifacts: Array<{ location: Location }>;
    results: Array<{
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: Text;
      locations: Array<{ physicalLocation: { artifactLocation: Location; region: Record<string, number> } }>;
      fixes?: SarifFix[];
    }>;
  }>;
}

function render(results = sampleResults()): Log {
  return JSON.parse(sarif(results, sampleContext())) as Log;
}

describe('sarif formatter', () => {
  const log = render();
  const run = log.runs[0]!;

  it('is SARIF 2.1.0 with one run by medlint', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: 'medlint', version: '0.1.0', informationUri: expect.stringMatching(/^https:/) });
    expect(run.originalUriBaseIds['%SRCROOT%']).toEqual({ uri: 'file:///repo/' });
  });

  it('describes every known rule, plus rules that reported but are not known', () => {
    const ids = run.tool.driver.rules.map((rule) => rule.id);
    expect(ids).toEqual(['dangling-citation', 'unhedged-efficacy', 'unsourced-claim', 'unused-reference', 'house-style/no-miracle', 'medlint-core']);
    const dangling = run.tool.driver.rules[0]!;
    expect(dangling).toMatchObject({
      name: 'DanglingCitation',
      shortDescription: { text: 'Description of dangling-citation.' },
      helpUri: `${REPOSITORY_BLOB_URL}docs/rules/dangling-citation.md`,
      defaultConfiguration: { level: 'error' },
    });
    expect(dangling.help.text).toContain('how to fix');
    expect(dangling.help.markdown).toContain(`](${REPOSITORY_BLOB_URL}docs/rules/dangling-citation.md)`);
    expect(run.tool.driver.rules[1]!.defaultConfiguration).toEqual({ level: 'warning' });
  });

  it('gives each result its rule, level, message, relative location and exact region', () => {
    expect(run.results).toHaveLength(6);
    const [first] = run.results;
    expect(first).toMatchObject({
      ruleId: 'dangling-citation',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'Citation [4] points to no reference entry.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'articles/ketamine.md', uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 3, startColumn: 24, endLine: 3, endColumn: 27 },
          },
        },
      ],
    });
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
    expect(run.results[2]!.message.text).toBe(HOSTILE);
    expect(run.results[4]!.ruleId).toBe('medlint-core');
  });

  it('keeps an empty range valid: endColumn equals startColumn', () => {
    expect(run.results[3]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });

  it('turns fixes and suggestions into SARIF fixes with character offsets', () => {
    expect(run.results[0]!.fixes).toEqual([
      {
        description: { text: 'The fix `medlint --fix` applies.' },
        artifactChanges: [
          {
            artifactLocation: { uri: 'articles/ketamine.md', uriBaseId: '%SRCROOT%', index: 0 },
            replacements: [{ deletedRegion: { charOffset: 44, charLength: 4 }, insertedContent: { text: '' } }],
          },
        ],
      },
    ]);
    const suggestions = run.results[1]!.fixes ?? [];
    expect(suggestions.map((fix) => fix.description.text)).toEqual([
      'Suggestion: Replace "cures" with "may relieve"',
      'Suggestion: Replace "cures" with "can ease"',
    ]);
    expect(suggestions[0]!.artifactChanges[0]!.replacements[0]).toEqual({
      deletedRegion: { charOffset: 31, charLength: 5 },
      insertedContent: { text: 'may relieve' },
    });
    expect(run.results[2]!.fixes).toBeUndefined();
  });

  it('lists artifacts, percent-encoding awkward file names', () => {
    expect(run.artifacts.map((artifact) => artifact.location.uri)).toEqual([
      'articles/ketamine.md',
      'articles/clean.txt',
      'news%2C%2050%25%3A%20a%23b.md',
    ]);
  });

  it('uses an absolute file URI for a file outside the working directory', () => {
    const [result] = sampleResults();
    const outside = render([{ ...result!, filePath: '/elsewhere/a b.md' }]);
    expect(outside.runs[0]!.artifacts[0]!.location).toEqual({ uri: 'file:///elsewhere/a%20b.md' });
  });

  it('writes a valid log with no results', () => {
    const empty = render([]);
    expect(empty.runs[0]!.results).toEqual([]);
    expect(empty.runs[0]!.artifacts).toEqual([]);
    expect(schemaErrors(empty)).toEqual([]);
  });

  it('matches the SARIF 2.1.0 schema (and the schema check does catch a bad log)', () => {
    expect(schemaErrors(log)).toEqual([]);
    const broken = render();
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(schemaErrors(broken)).not.toEqual([]);
  });

  it("passes Microsoft's SARIF validator (spec and GitHub rules) with no errors or warnings", () => {
    const findings = runMultitool(sarif(sampleResults(), sampleContext()));
    // The validator reports nothing at all when it cannot read a log, so some notes must come back.
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.filter((finding) => finding.level === 'error' || finding.level === 'warning')).toEqual([]);
    expect(findings.filter((finding) => !NOT_OURS.has(finding.ruleId))).toEqual([]);
  }, 120_000);
});
