/**
 * SARIF 2.1.0 (OASIS), the format GitHub code scanning and other CI dashboards
 * read. One run, with a reportingDescriptor per rule and one result per
 * finding; fixes and suggestions become SARIF `fixes`.
 */
import { extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Fix, LintMessage, LintResult, RuleMeta } from '../engine/types.js';
import { CORE_RULE_ID, ruleIdOf } from './message-text.js';
import { displayPath } from './paths.js';
import type { FormatContext, Formatter } from './types.js';

/** Where rule pages live online; `meta.docs` (a path in the package) is appended. One place to change it. */
export const REPOSITORY_BLOB_URL = 'https://github.com/medlint/medlint/blob/main/';
const INFORMATION_URI = 'https://github.com/medlint/medlint';
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';

type Level = 'error' | 'warning';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

interface SarifFix {
  description: { text: string };
  artifactChanges: Array<{
    artifactLocation: ArtifactLocation;
    replacements: Array<{ deletedRegion: { charOffset: number; charLength: number }; insertedContent: { text: string } }>;
  }>;
}

interface ReportingDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration?: { level: Level };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: Level;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: ArtifactLocation; region: Region } }>;
  fixes?: SarifFix[];
}

export function ruleHelpUri(meta: RuleMeta): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(meta.docs) ? meta.docs : REPOSITORY_BLOB_URL + meta.docs.replace(/^\.?\//, '');
}

/** SARIF's "friendly name" is a Pascal-case identifier: `dangling-citation` → `DanglingCitation`. */
function friendlyName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

function descriptorFor(meta: RuleMeta): ReportingDescriptor {
  const helpUri = ruleHelpUri(meta);
  return {
    id: meta.id,
    name: friendlyName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: `${meta.id}: ${meta.description}` },
    help: {
      text: `${meta.description} Each finding's message says what to change in the article; ${helpUri} explains what the rule flags, why, and how to fix a finding.`,
      markdown: `${meta.description}\n\nEach finding's message says what to change in the article. [What \`${meta.id}\` flags and how to fix a finding](${helpUri}).`,
    },
    helpUri,
    defaultConfiguration: { level: meta.defaultSeverity === 'error' ? 'error' : 'warning' },
  };
}

/** For findings with no rule, and plugin rules the context does not describe. */
function fallbackDescriptor(id: string): ReportingDescriptor {
  const description =
    id === CORE_RULE_ID
      ? 'Problems with a file itself (it cannot be read as an article) or with its medlint directives.'
      : `Findings of "${id}", a rule from a plugin.`;
  const advice =
    id === CORE_RULE_ID
      ? 'The message says what is wrong with the file or directive and what to change.'
      : "The message says what to change; the plugin's own documentation describes the rule.";
  return {
    id,
    name: friendlyName(id),
    shortDescription: { text: description },
    fullDescription: { text: `${id}: ${description}` },
    help: { text: `${description} ${advice}`, markdown: `${description}\n\n${advice}` },
  };
}

/** Every known rule, then any rule that reported but is not known (plugins), each once. */
function collectRules(results: LintResult[], rulesMeta: Record<string, RuleMeta>): ReportingDescriptor[] {
  const descriptors = Object.values(rulesMeta).map(descriptorFor);
  const seen = new Set(descriptors.map((descriptor) => descriptor.id));
  for (const result of results) {
    for (const message of result.messages) {
      const id = ruleIdOf(message);
      if (!seen.has(id)) {
        seen.add(id);
        descriptors.push(fallbackDescriptor(id));
      }
    }
  }
  return descriptors;
}

/** Relative to the source root when inside it; otherwise an absolute file URI. */
function artifactLocationFor(filePath: string, context: FormatContext): ArtifactLocation {
  const path = displayPath(filePath, context.cwd);
  if (path === filePath && /^(\/|[A-Za-z]:[\\/])/.test(filePath)) return { uri: pathToFileURL(filePath).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** SARIF regions are end-exclusive like ours; an empty range is an insertion point, never end < start. */
function regionFor(message: LintMessage): Region {
  const startLine = Math.max(1, message.line);
  const startColumn = Math.max(1, message.column);
  let endLine = Math.max(startLine, message.endLine);
  let endColumn = Math.max(1, message.endColumn);
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  if (message.endLine < startLine) {
    endLine = startLine;
    endColumn = startColumn;
  }
  return { startLine, startColumn, endLine, endColumn };
}

function fixFor(description: string, fix: Fix, artifactLocation: ArtifactLocation): SarifFix {
  const [start, end] = fix.range;
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation,
        replacements: [{ deletedRegion: { charOffset: start, charLength: Math.max(0, end - start) }, insertedContent: { text: fix.text } }],
      },
    ],
  };
}

function fixesFor(message: LintMessage, artifactLocation: ArtifactLocation): SarifFix[] {
  const fixes: SarifFix[] = [];
  if (message.fix) fixes.push(fixFor('The fix `medlint --fix` applies.', message.fix, artifactLocation));
  for (const suggestion of message.suggestions ?? []) {
    fixes.push(fixFor(`Suggestion: ${suggestion.desc}`, suggestion.fix, artifactLocation));
  }
  return fixes;
}

function sourceLanguage(filePath: string): string {
  return extname(filePath).toLowerCase() === '.txt' ? 'plaintext' : 'markdown';
}

export function toSarifLog(results: LintResult[], context: FormatContext): Record<string, unknown> {
  const rules = collectRules(results, context.rulesMeta);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const artifacts: Array<{ location: ArtifactLocation; sourceLanguage: string }> = [];
  const sarifResults: SarifResult[] = [];

  for (const result of results) {
    const artifactLocation = artifactLocationFor(result.filePath, context);
    const location = { ...artifactLocation, index: artifacts.length };
    artifacts.push({ location: artifactLocation, sourceLanguage: sourceLanguage(result.filePath) });
    for (const message of result.messages) {
      const ruleId = ruleIdOf(message);
      const sarifResult: SarifResult = {
        ruleId,
        ruleIndex: ruleIndex.get(ruleId) ?? 0,
        level: message.severity === 2 ? 'error' : 'warning',
        message: { text: message.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: regionFor(message) } }],
      };
      const fixes = fixesFor(message, location);
      if (fixes.length > 0) sarifResult.fixes = fixes;
      sarifResults.push(sarifResult);
    }
  }

  const rootUri = pathToFileURL(context.cwd).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'medlint',
            version: context.version,
            semanticVersion: context.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
        artifacts,
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export const sarif: Formatter = (results, context) => `${JSON.stringify(toSarifLog(results, context), null, 2)}\n`;
