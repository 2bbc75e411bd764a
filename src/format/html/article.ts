/** One article: its evidence summary, its text with findings marked, and the list of findings beside it. */
import { escapeHtml } from './escape.js';
import { highlightText, itemId } from './highlight.js';
import { colourClass, type FileView, type FindingView, type ReportModel } from './model.js';
import { plural } from './plural.js';

function findingItem(file: FileView, finding: FindingView, anchor: string | undefined): string {
  const severity = finding.severity === 2 ? 'error' : 'warning';
  const attributes = [
    'type="button"',
    `class="finding ${colourClass(finding.colour)}"`,
    `id="${itemId(file.index, finding.number)}"`,
    `data-n="${finding.number}"`,
    anchor ? `data-anchor="${anchor}"` : '',
  ].filter(Boolean);
  const suggestions = finding.suggestions.map((desc) => `<span class="suggestion">${escapeHtml(desc)}</span>`).join('');
  return (
    `<li><button ${attributes.join(' ')}>` +
    '<span class="finding-head">' +
    `<span class="sw ${colourClass(finding.colour)}" aria-hidden="true"></span><span class="n">${finding.number}</span>` +
    `<span class="sev ${severity}">${severity}</span>` +
    `<span class="where">line ${finding.line}:${finding.column}</span>` +
    `<span class="rule">${escapeHtml(finding.ruleId ?? 'file')}</span>` +
    '</span>' +
    `<span class="finding-message">${escapeHtml(finding.message)}</span>${suggestions}` +
    '</button></li>'
  );
}

function evidenceList(file: FileView, model: ReportModel): string {
  if (!file.evidence || file.evidence.length === 0) return '';
  const items = model.evidenceColumns
    .map((column) => {
      const cell = file.evidence?.find((candidate) => candidate.key === column.key);
      if (!cell) return '';
      return `<div><dt title="${escapeHtml(column.hint)}">${escapeHtml(column.label)}</dt><dd>${escapeHtml(cell.text)}</dd></div>`;
    })
    .join('');
  return `<dl class="evidence" aria-label="Evidence summary">${items}</dl>`;
}

export function renderArticle(file: FileView, model: ReportModel, open: boolean): string {
  const counts = [
    file.errorCount > 0 ? `<span class="e">${plural(file.errorCount, 'error')}</span>` : '',
    file.warningCount > 0 ? `<span class="w">${plural(file.warningCount, 'warning')}</span>` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const highlighted = file.source === null ? null : highlightText(file.source, file.findings, file.index);
  const text = highlighted
    ? `<div class="text">${highlighted.html}</div>`
    : '<p class="no-text">The text of this file is not available (it could not be read as an article).</p>';
  const items = file.findings.map((finding) => findingItem(file, finding, highlighted?.anchors.get(finding.number))).join('');
  const heading = `h-${file.index}`;
  return [
    `<section class="article" id="file-${file.index}" data-file="${file.index}" aria-labelledby="${heading}">`,
    `<details${open ? ' open' : ''}>`,
    `<summary><span class="path" id="${heading}">${escapeHtml(file.displayPath)}</span><span class="counts">${counts}</span></summary>`,
    evidenceList(file, model),
    '<div class="article-body">',
    text,
    `<aside class="findings" aria-label="Findings"><ol>${items}</ol></aside>`,
    '</div>',
    '</details>',
    '</section>',
  ].join('\n');
}

