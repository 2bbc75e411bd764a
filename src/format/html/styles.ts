/**
 * The report's one stylesheet: light and dark schemes, rule colours, print.
 * Rule colours are classes (`c0`…`c9`), never inline styles, so the page's
 * Content-Security-Policy can forbid every style it did not write.
 */
import { PALETTE_SIZE } from './model.js';

/** Okabe–Ito based, distinguishable with the common colour-vision deficiencies. */
const lightPalette = ['#c2410c', '#0369a1', '#047857', '#be185d', '#6d28d9', '#0e7490', '#a16207', '#4d7c0f', '#9f1239', '#1d4ed8'];
const darkPalette = ['#fb923c', '#38bdf8', '#34d399', '#f472b6', '#a78bfa', '#22d3ee', '#facc15', '#a3e635', '#fb7185', '#93c5fd'];

function paletteVariables(colours: string[]): string {
  return colours.map((colour, index) => `--c${index}: ${colour};`).join(' ');
}

function colourClasses(): string {
  const rules: string[] = [];
  for (let index = 0; index < PALETTE_SIZE; index++) {
    rules.push(
      `.bg-c${index} { background: color-mix(in srgb, var(--c${index}) var(--tint), transparent); }`,
      `.ul-c${index} { text-decoration-color: var(--c${index}); }`,
      `.sw.c${index}, .finding.c${index} .sw { background: var(--c${index}); }`,
      `.finding.c${index} { border-left-color: var(--c${index}); }`,
    );
  }
  return rules.join('\n');
}

export const styles = `
:root {
  color-scheme: light dark;
  --bg: #fbfaf7; --fg: #1c1b19; --muted: #5f5b53; --line: #dedad2; --panel: #ffffff; --head: #f2efe8;
  --error: #b42318; --warning: #8a5a00; --focus: #1d4ed8; --tint: 24%;
  ${paletteVariables(lightPalette)} --cx: #6b7280;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #15171a; --fg: #e8e6e1; --muted: #a29d93; --line: #343840; --panel: #1d2024; --head: #23272d;
    --error: #ff7b72; --warning: #e3b341; --focus: #93c5fd; --tint: 30%;
    ${paletteVariables(darkPalette)} --cx: #9ca3af;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 1200px; margin: 0 auto; padding: 1.5rem 1.5rem 4rem; }
header.top { display: flex; flex-wrap: wrap; align-items: baseline; gap: .5rem 1.5rem; border-bottom: 1px solid var(--line); padding-bottom: .75rem; }
h1 { font-size: 1.5rem; margin: 0; letter-spacing: -.01em; }
h2 { font-size: 1.15rem; margin: 2rem 0 .75rem; }
.meta, .hint { color: var(--muted); font-size: .875rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .75rem; margin: 1.25rem 0 0; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: .75rem 1rem; }
.card .value { font-size: 1.6rem; font-weight: 650; font-variant-numeric: tabular-nums; }
.card .label { color: var(--muted); font-size: .85rem; }
.card.errors .value { color: var(--error); }
.card.warnings .value { color: var(--warning); }
.table-wrap { overflow-x: auto; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: .45rem .75rem; text-align: left; border-bottom: 1px solid var(--line); vertical-align: top; }
tbody tr:last-child > * { border-bottom: 0; }
table.rules th[scope="row"] { white-space: nowrap; }
#files th[scope="row"] { min-width: 12rem; overflow-wrap: anywhere; }
#files .clean { display: block; font-weight: 400; }
thead th { background: var(--head); font-size: .75rem; text-transform: uppercase; letter-spacing: .03em; color: var(--muted); font-weight: 600; vertical-align: bottom; }
#files td.num, #files th.num { padding-left: .4rem; padding-right: .6rem; }
td.num, th.num { text-align: right; }
td.errors-cell { color: var(--error); font-weight: 600; }
td.warnings-cell { color: var(--warning); font-weight: 600; }
td.zero { color: var(--muted); font-weight: 400; }
th button.sort { all: unset; cursor: pointer; }
th button.sort:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
th[aria-sort="ascending"] button.sort::after { content: "\\00a0▲"; }
th[aria-sort="descending"] button.sort::after { content: "\\00a0▼"; }
a { color: var(--focus); }
.sw { display: inline-block; width: .8rem; height: .8rem; border-radius: 3px; vertical-align: -1px; margin-right: .45rem; background: var(--cx); }
.key { display: inline-flex; gap: 1.25rem; flex-wrap: wrap; margin: .5rem 0 0; }
.key .demo { padding: 0 .25rem; }
code, .rule { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85em; }
.toolbar { display: flex; gap: .5rem; align-items: center; margin: 2rem 0 .5rem; flex-wrap: wrap; }
.toolbar h2 { margin: 0 auto 0 0; }
.toolbar button { font: inherit; font-size: .85rem; padding: .3rem .7rem; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); color: var(--fg); cursor: pointer; }
.toolbar button:focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
section.article { margin: 1rem 0; border: 1px solid var(--line); border-radius: 8px; background: var(--panel); content-visibility: auto; contain-intrinsic-size: auto 4rem; }
section.article > details > summary { cursor: pointer; padding: .75rem 1rem; display: flex; flex-wrap: wrap; gap: .25rem 1rem; align-items: baseline; list-style-position: inside; }
section.article > details > summary:focus-visible { outline: 2px solid var(--focus); outline-offset: -2px; }
section.article > details[open] > summary { border-bottom: 1px solid var(--line); }
.path { font-weight: 650; word-break: break-all; }
.counts { font-size: .875rem; }
.counts .e { color: var(--error); font-weight: 600; }
.counts .w { color: var(--warning); font-weight: 600; }
dl.evidence { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; padding: .6rem 1rem; border-bottom: 1px solid var(--line); font-size: .85rem; background: var(--head); }
dl.evidence div { display: flex; gap: .35rem; }
dl.evidence dt { color: var(--muted); }
dl.evidence dd { margin: 0; font-weight: 600; font-variant-numeric: tabular-nums; }
.article-body { display: grid; grid-template-columns: minmax(0, 1fr) minmax(16rem, 24rem); }
.text { margin: 0; padding: 1.25rem 1.5rem; white-space: pre-wrap; overflow-wrap: anywhere; font: 1.02rem/1.75 Charter, "Bitstream Charter", "Sitka Text", Cambria, Georgia, serif; tab-size: 4; }
.no-text { padding: 1rem 1.5rem; color: var(--muted); }
aside.findings { border-left: 1px solid var(--line); }
aside.findings ol { list-style: none; margin: 0; padding: .5rem; position: sticky; top: 0; max-height: 100vh; overflow-y: auto; }
aside.findings li { margin: 0 0 .4rem; }
button.finding { display: block; width: 100%; text-align: left; font: inherit; font-size: .875rem; color: inherit; background: transparent; border: 1px solid transparent; border-left: 4px solid var(--cx); border-radius: 6px; padding: .45rem .6rem; cursor: pointer; }
button.finding:hover { background: var(--head); }
button.finding:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
button.finding.active { background: var(--head); border-color: var(--line); border-left-width: 4px; }
.finding-head { display: flex; gap: .5rem; align-items: baseline; flex-wrap: wrap; font-size: .8rem; color: var(--muted); }
.finding-head .n { font-weight: 700; color: var(--fg); }
.sev { font-weight: 700; text-transform: uppercase; font-size: .7rem; letter-spacing: .04em; }
.sev.error { color: var(--error); }
.sev.warning { color: var(--warning); }
.finding-message { display: block; margin-top: .15rem; }
.suggestion { display: block; margin-top: .25rem; color: var(--muted); }
.suggestion::before { content: "Suggestion: "; font-weight: 600; }
mark.hl { color: inherit; border-radius: 2px; text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .22em; text-decoration-skip-ink: none; cursor: pointer; }
mark.hl.sev-warning { text-decoration-style: dashed; }
mark.hl[data-n]::after { content: attr(data-n); font: 700 .62em system-ui, sans-serif; vertical-align: super; margin-left: 1px; color: var(--muted); }
mark.hl.point { display: inline-block; width: .55em; height: 1.1em; vertical-align: -.15em; text-decoration: none; }
mark.hl:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
mark.hl.active { outline: 2px solid var(--fg); outline-offset: 1px; }
@media (prefers-reduced-motion: no-preference) {
  mark.hl.flash { animation: flash 1s ease-out 1; }
  @keyframes flash { from { box-shadow: 0 0 0 6px color-mix(in srgb, var(--focus) 45%, transparent); } to { box-shadow: 0 0 0 0 transparent; } }
}
.sw.cx, .finding.cx .sw { background: var(--cx); }
.bg-cx { background: color-mix(in srgb, var(--cx) var(--tint), transparent); }
.ul-cx { text-decoration-color: var(--cx); }
${colourClasses()}
#tip { position: fixed; z-index: 10; max-width: min(28rem, 90vw); background: var(--panel); color: var(--fg); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: .6rem .75rem; font-size: .875rem; pointer-events: none; }
#tip .tip-item + .tip-item { border-top: 1px solid var(--line); margin-top: .5rem; padding-top: .5rem; }
.empty { color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.demo { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: .22em; color: var(--fg); }
.demo.sev-warning { text-decoration-style: dashed; }
kbd { font: .8em ui-monospace, monospace; border: 1px solid var(--line); border-bottom-width: 2px; border-radius: 4px; padding: 0 .3em; background: var(--panel); }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
@media (max-width: 860px) {
  .article-body { grid-template-columns: 1fr; }
  aside.findings { border-left: 0; border-top: 1px solid var(--line); }
  aside.findings ol { position: static; max-height: none; }
}
@media print {
  :root { --bg: #fff; --fg: #000; --muted: #444; --panel: #fff; --head: #f3f3f3; --line: #bbb; --tint: 28%; ${paletteVariables(lightPalette)} }
  body { font-size: 10.5pt; }
  .page { max-width: none; padding: 0; }
  .toolbar button, th button.sort::after, #tip, .keys { display: none !important; }
  th button.sort { all: unset; }
  section.article { break-before: page; content-visibility: visible; border: 0; }
  section.article > details > summary { list-style: none; padding: 0 0 .5rem; }
  .article-body { display: block; }
  .text { padding: 1rem 0; font-size: 10.5pt; }
  aside.findings { border: 0; border-top: 1px solid var(--line); }
  aside.findings ol { position: static; max-height: none; overflow: visible; padding: .5rem 0; }
  aside.findings li { break-inside: avoid; }
  button.finding { border-top: 0; border-right: 0; border-bottom: 0; }
  mark.hl, .sw, button.finding { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark.hl.active { outline: 0; }
  a { color: inherit; text-decoration: none; }
}
`;
