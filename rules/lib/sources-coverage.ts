/**
 * When a neighbour's citation plausibly covers a sentence (rubric §1,
 * ambiguous case): the sentence after a cited one carries on with it ("This
 * helps ...", "When these receptors are blocked ..."), or the cited sentence
 * after it carries on from it ("In comparison, the placebo group ... [3]").
 * A sentence that opens a new subject is not covered by its neighbour, and neither is one that turns against
 * it ("That said, the evidence is thin [3]" qualifies the claim before it; it is not its source).
 */
const CONTINUATION_OPENER = new RegExp(
  String.raw`^[\s*_"“(]*(?:(?:also|additionally|moreover|furthermore|however|in addition|as a result|in turn|and|but),?\s+)?` +
    String.raw`(?:this(?!\s+said\b)|these|that(?!\s+(?:said|being said)\b)|those|such|it|its|it's|they|their|` +
    String.raw`the (?:study|trial|review|meta-analysis|researchers|authors|team|results?|findings?|effects?|same|participants|patients|group|data)|` +
    String.raw`in (?:that|this|the|both) (?:study|trial|review|group|case)|when (?:this|these|it|they)|` +
    String.raw`in comparison|by comparison|by contrast|in contrast|similarly|likewise|compared with|compared to)\b`,
  'i',
);

export function continuesFromNeighbour(prose: string): boolean {
  return CONTINUATION_OPENER.test(prose);
}
