/**
 * The document shell. A Content-Security-Policy allows only the page's own
 * stylesheet and script (by hash) and nothing from the network, so even a
 * mistake in escaping could not run article content or fetch anything.
 */
import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';
import { script } from './script.js';
import { styles } from './styles.js';

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

export const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src ${sha256(styles)}`,
  `script-src ${sha256(script)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export interface PageParts {
  title: string;
  /** One line under the heading: what was checked, by which version. */
  subtitle: string;
  /** Trusted HTML built by the other parts (every input already escaped). */
  body: string;
}

export function renderPage(parts: PageParts): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${styles}</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    `<header class="top"><h1>medlint report</h1><p class="meta">${escapeHtml(parts.subtitle)}</p></header>`,
    `<main>${parts.body}</main>`,
    '</div>',
    '<div id="tip" role="tooltip" hidden></div>',
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
