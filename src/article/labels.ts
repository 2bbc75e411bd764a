/** How reference and footnote labels compare: micromark's identifier normalisation. */
export function normaliseLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase().toLowerCase();
}
