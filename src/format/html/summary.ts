/** The page's opening: totals, findings by rule (the colour legend), and the files table, worst first. */
import { escapeHtml } from './escape.js';
import { colourClass, type FileView, type ReportModel, type RuleView } from './model.js';

function countCell(count: number, kind: 'errors' | 'warnings' | 'total'): string {
  const classes = ['num', count === 0 ? 'zero' : kind === 'total' ? '' : `${kind}-cell`].filter(Boolean).join(' ');
  return `<td class="${classes}" data-sort="${count}">${count}</td>`;
}

function card(value: number, label: string, kind = ''): string {
  return `<div class="card ${kind}"><div class="value">${value}</div><div class="label">${escapeHtml(label)}</div></div>`;
}

function ruleRow(rule: RuleView): string {
  const name = rule.id === null ? '<em>file</em>' : `<span class="rule">${escapeHtml(rule.id)}</span>`;
  return (
    `<tr><th scope="row"><span class="sw ${colourClass(rule.colour)}" aria-hidden="true"></span>${name}</th>` +
    `<td>${escapeHtml(rule.description)}</td>` +
    countCell(rule.errors, 'errors') +
    countCell(rule.warnings, 'warnings') +
    countCell(rule.errors + rule.warnings, 'total') +
    '</tr>'
  );
}

function sortableHeader(label: string, numeric: boolean, hint?: string, sorted?: 'descending'): string {
  const classes = numeric ? ' class="num"' : '';
  const title = hint ? ` title="${escapeHtml(hint)}"` : '';
  const sort = sorted ? ` aria-sort="${sorted}"` : '';
  return `<th scope="col"${classes}${sort}${title}><button type="button" class="sort">${escapeHtml(label)}</button></th>`;
}

function fileRow(file: FileView, model: ReportModel): string {
  const findings = file.findings.length;
  const name =
    findings > 0
      ? `<a class="file-link" href="#file-${file.index}">${escapeHtml(file.displayPath)}</a>`
      : `${escapeHtml(file.displayPath)} <span class="hint clean">no findings</span>`;
  const cells = [
    `<th scope="row" data-sort="${escapeHtml(file.displayPath)}">${name}</th>`,
    countCell(file.errorCount, 'errors'),
    countCell(file.warningCount, 'warnings'),
  ];
  for (const column of model.evidenceColumns.filter((candidate) => candidate.numeric)) {
    const cell = file.evidence?.find((candidate) => candidate.key === column.key);
    const sortValue = cell?.sortValue ?? '';
    cells.push(`<td class="num" data-sort="${sortValue}">${escapeHtml(cell?.text ?? '—')}</td>`);
  }
  return `<tr>${cells.join('')}</tr>`;
}

export function renderSummary(model: ReportModel): string {
  const { totals } = model;
  const out: string[] = [];
  out.push(
    '<section id="summary" aria-labelledby="summary-heading">',
    '<h2 id="summary-heading" class="visually-hidden">Summary</h2>',
    '<div class="cards">',
    card(totals.files, totals.files === 1 ? 'file checked' : 'files checked'),
    card(totals.filesWithFindings, 'with findings'),
    card(totals.errors, totals.errors === 1 ? 'error' : 'errors', 'errors'),
    card(totals.warnings, totals.warnings === 1 ? 'warning' : 'warnings', 'warnings'),
    '</div>',
  );

  out.push('<h2 id="rules-heading">Findings by rule</h2>');
  if (model.rules.length === 0) {
    out.push('<p class="empty">No findings: every file passed the rules that were on.</p>');
  } else {
    out.push(
      '<div class="table-wrap"><table class="rules" aria-labelledby="rules-heading">',
      '<thead><tr><th scope="col">Rule</th><th scope="col">What it flags</th><th scope="col" class="num">Errors</th><th scope="col" class="num">Warnings</th><th scope="col" class="num">Total</th></tr></thead>',
      `<tbody>${model.rules.map(ruleRow).join('')}</tbody></table></div>`,
      '<p class="key hint"><span>Each rule has its colour in the text.</span>' +
        '<span><span class="demo sev-error ul-cx">solid underline</span> error</span>' +
        '<span><span class="demo sev-warning ul-cx">dashed underline</span> warning</span>' +
        '<span class="keys">Keys: <kbd>Tab</kbd> to a finding, <kbd>Enter</kbd> to show it, <kbd>j</kbd> / <kbd>k</kbd> next / previous</span></p>',
    );
  }

  out.push(
    '<h2 id="files-heading">Files</h2>',
    '<div class="table-wrap"><table id="files" aria-labelledby="files-heading"><thead><tr>',
    sortableHeader('File', false),
    sortableHeader('Errors', true, undefined, 'descending'),
    sortableHeader('Warnings', true),
    ...model.evidenceColumns.filter((column) => column.numeric).map((column) => sortableHeader(column.label, true, column.hint)),
    '</tr></thead><tbody>',
    ...model.files.map((file) => fileRow(file, model)),
    '</tbody></table></div>',
    '</section>',
  );
  return out.join('\n');
}
