/**
 * An article's text with its findings marked in place. Findings may nest or
 * overlap (a sentence-level claim around a word-level overstatement), so the
 * text is cut at every start and end into flat segments; a segment is tinted
 * by the innermost finding covering it and underlined by the outermost.
 */
import { escapeHtml } from './escape.js';
import { colourClass, type FindingView } from './model.js';

export interface HighlightedText {
  html: string;
  /** Finding number → id of the element that starts it (what the list scrolls to). */
  anchors: Map<number, string>;
}

interface Span {
  finding: FindingView;
  start: number;
  end: number;
}

export function anchorId(fileIndex: number, findingNumber: number): string {
  return `m${fileIndex}-${findingNumber}`;
}

export function itemId(fileIndex: number, findingNumber: number): string {
  return `i${fileIndex}-${findingNumber}`;
}

/** Zero-width findings cover the character they point at, so there is something to see. */
function spanOf(finding: FindingView, source: string): Span | null {
  if (!finding.range) return null;
  const start = Math.min(finding.range.start, source.length);
  let end = Math.min(finding.range.end, source.length);
  if (end === start && start < source.length && !/[\r\n]/.test(source.charAt(start))) end = start + 1;
  return { finding, start, end };
}

function byNumber(a: Span, b: Span): number {
  return a.finding.number - b.finding.number;
}

function markAttributes(fileIndex: number, active: Span[], starting: Span[], ending: Span[]): string {
  const lengths = active.map((span) => span.end - span.start);
  const inner = active[lengths.indexOf(Math.min(...lengths))] as Span;
  const outer = active[lengths.indexOf(Math.max(...lengths))] as Span;
  const classes = [
    'hl',
    `bg-${colourClass(inner.finding.colour)}`,
    `ul-${colourClass(outer.finding.colour)}`,
    outer.finding.severity === 2 ? 'sev-error' : 'sev-warning',
  ];
  const numbers = active.map((span) => span.finding.number).sort((a, b) => a - b);
  const attributes = [
    `class="${classes.join(' ')}"`,
    `data-f="${numbers.join(' ')}"`,
    `aria-describedby="${numbers.map((number) => itemId(fileIndex, number)).join(' ')}"`,
  ];
  if (starting.length > 0) {
    attributes.push(`id="${anchorId(fileIndex, (starting[0] as Span).finding.number)}"`, 'tabindex="0"');
  }
  if (ending.length > 0) attributes.push(`data-n="${ending.map((span) => span.finding.number).join(',')}"`);
  return attributes.join(' ');
}

export function highlightText(source: string, findings: FindingView[], fileIndex: number): HighlightedText {
  const spans = findings.map((finding) => spanOf(finding, source)).filter((span): span is Span => span !== null);
  const anchors = new Map<number, string>();
  const startsAt = new Map<number, Span[]>();
  const endsAt = new Map<number, Span[]>();
  const pointsAt = new Map<number, Span[]>();
  const push = (map: Map<number, Span[]>, at: number, span: Span): void => {
    const list = map.get(at);
    if (list) list.push(span);
    else map.set(at, [span]);
  };
  const boundaries = new Set<number>([0, source.length]);
  for (const span of spans) {
    boundaries.add(span.start);
    boundaries.add(span.end);
    if (span.start === span.end) {
      push(pointsAt, span.start, span);
    } else {
      push(startsAt, span.start, span);
      push(endsAt, span.end, span);
    }
  }
  const cuts = [...boundaries].sort((a, b) => a - b);

  const out: string[] = [];
  const active = new Set<Span>();
  for (let i = 0; i < cuts.length; i++) {
    const at = cuts[i] as number;
    // A finding with nothing to cover (at a line end or the end of the file) is a small flag.
    for (const point of (pointsAt.get(at) ?? []).sort(byNumber)) {
      const id = anchorId(fileIndex, point.finding.number);
      anchors.set(point.finding.number, id);
      out.push(`<mark ${markAttributes(fileIndex, [point], [point], [point]).replace('class="hl ', 'class="hl point ')}></mark>`);
    }
    for (const span of endsAt.get(at) ?? []) active.delete(span);
    const starting = (startsAt.get(at) ?? []).sort(byNumber);
    for (const span of starting) active.add(span);
    const next = cuts[i + 1];
    if (next === undefined) break;
    const text = escapeHtml(source.slice(at, next));
    if (active.size === 0) {
      out.push(text);
      continue;
    }
    const covering = [...active];
    const ending = covering.filter((span) => span.end === next).sort(byNumber);
    for (const span of starting) anchors.set(span.finding.number, anchorId(fileIndex, (starting[0] as Span).finding.number));
    out.push(`<mark ${markAttributes(fileIndex, covering, starting, ending)}>${text}</mark>`);
  }
  return { html: out.join(''), anchors };
}
