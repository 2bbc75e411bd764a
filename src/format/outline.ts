/**
 * `medlint inspect`: what medlint understood of an article — title, heading
 * outline, reference lists and which marker resolves to which entry — so a
 * writer can see why a finding was (or wasn't) made.
 */
import type { Article, Section } from '../article/types.js';

function clip(text: string, width = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

export function outlineArticle(article: Article): string {
  const at = (offset: number) => {
    const { line, column } = article.lines.positionAt(offset);
    return `${line}:${column}`;
  };
  const out: string[] = [article.path, ''];
  out.push(`Title: ${article.title ? `${clip(article.title.text)} (${at(article.title.range.start)})` : '(none)'}`);
  out.push(`Format: ${article.format === 'text' ? 'plain text' : 'Markdown'}`);
  if (article.frontMatter) {
    const keys = Object.keys(article.frontMatter.data);
    out.push(`Front matter: ${article.frontMatter.error ? `invalid (${article.frontMatter.error.message})` : keys.join(', ') || '(empty)'}`);
  }

  out.push('', 'Headings:');
  const walk = (sections: Section[]) => {
    for (const section of sections) {
      if (section.heading) {
        out.push(`  ${'  '.repeat(Math.max(0, section.heading.depth - 1))}${at(section.heading.range.start)}  ${clip(section.heading.text)}`);
      }
      walk(section.children);
    }
  };
  walk(article.sections);
  if (article.headings.length === 0) out.push('  (none)');

  out.push('', `Body: ${count(article.blocks.length, 'block')}, ${count(article.sentences.length, 'sentence')}, ${count(article.markers.length, 'citation marker')}`);

  out.push('', 'References:');
  if (article.references.length === 0) out.push('  (no reference list)');
  for (const list of article.references) {
    const kind = list.kind === 'heading' ? `under "${list.heading}"` : list.kind;
    out.push(`  ${kind}, ${list.numbered ? 'numbered' : 'by order'}, ${count(list.entries.length, 'entry', 'entries')} (${at(list.range.start)})`);
    for (const entry of list.entries) {
      const cited = entry.citedBy.length === 0 ? 'never cited' : `cited ${entry.citedBy.length}×`;
      out.push(`    [${entry.label}] ${at(entry.range.start)}  ${clip(entry.text, 60)}  — ${cited}`);
    }
  }

  out.push('', 'Citations:');
  if (article.markers.length === 0) out.push('  (none)');
  for (const marker of article.markers) {
    const targets = marker.targets
      .map((target) => (target.entry ? `${target.key} → entry ${target.entry.label} (${at(target.entry.range.start)})` : `${target.key} → nothing`))
      .join('; ');
    out.push(`  ${at(marker.range.start)}  ${marker.text}  ${marker.kind}: ${targets}`);
  }
  return `${out.join('\n')}\n`;
}

/** "1 entry", "3 entries". */
function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
