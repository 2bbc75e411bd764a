/**
 * `--format html`: one self-contained page for editors. It opens on the
 * summary, then shows each article with its findings marked in place.
 * Everything from the input is escaped; the page loads nothing.
 */
import { renderArticle } from './html/article.js';
import { buildReportModel } from './html/model.js';
import { renderPage } from './html/page.js';
import { plural } from './html/plural.js';
import { renderSummary } from './html/summary.js';
import type { Formatter } from './types.js';

/**
 * Up to this many articles with findings start unfolded; beyond it they all
 * start folded so a report over a thousand files opens quickly and the
 * summary table is the way in.
 */
export const UNFOLDED_ARTICLES_LIMIT = 20;

export const html: Formatter = (results, context) => {
  const model = buildReportModel(results, context);
  const withFindings = model.files.filter((file) => file.findings.length > 0);
  const unfold = withFindings.length <= UNFOLDED_ARTICLES_LIMIT;
  const { totals } = model;

  const articles =
    withFindings.length === 0
      ? ''
      : [
          '<div class="toolbar"><h2 id="articles-heading">Articles with findings</h2>',
          '<button type="button" data-toggle="open">Unfold all</button><button type="button" data-toggle="close">Fold all</button></div>',
          ...withFindings.map((file) => renderArticle(file, model, unfold)),
        ].join('\n');

  return renderPage({
    title: `medlint report: ${plural(totals.files, 'file')}, ${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}`,
    subtitle: `${plural(totals.files, 'file')} checked by medlint ${model.version}. Files with the most errors come first.`,
    body: `${renderSummary(model)}\n${articles}`,
  });
};
