/**
 * Relative and absolute risk figures in prose. A relative change ("cuts the
 * risk by 50%", "twice as likely") means little without the baseline it
 * changes: "from 2 in 100 to 1 in 100" (HealthNewsReview criterion 2, the
 * Cochrane and Gigerenzer guidance on communicating risk). Pure: prose in,
 * offsets out. Patterns are flat alternations, so nothing backtracks badly.
 */
import type { Range } from '../../src/article/types.js';

const number = String.raw`\d+(?:[.,]\d+)?`;
const percent = String.raw`${number}\s?(?:%|percent\b|per cent\b)`;
const fraction = String.raw`(?:half|a half|one half|a third|one third|a quarter|one quarter|two[- ]thirds|three[- ]quarters)`;
const multiple = String.raw`(?:twice|two times|three times|four times|five times|ten times|${number} times|${number}-fold|two-fold|three-fold|double|triple)`;
const riskNoun = String.raw`(?:risk|risks|chance|chances|odds|likelihood|rate|rates|incidence)`;
const changeVerb = String.raw`(?:cuts?|cut|reduces?|reduced|lowers?|lowered|raises?|raised|increases?|increased|boosts?|boosted|slash(?:es|ed)?|drops?|dropped|decreases?|decreased)`;

/** Each pattern finds one way of stating a relative change. */
const relativePatterns: readonly RegExp[] = [
  // "cut the risk of heart attack by 20%", "lowers your chances of a fall by a third"
  new RegExp(String.raw`\b${changeVerb}\s+(?:the|your|their|his|her|a person's|one's|its)?\s*${riskNoun}\b[^.;:!?]{0,80}?\bby\s+(?:up to\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+|more than\s+)?(?:${percent}|${fraction}|${multiple})`, 'iu'),
  // "halves the risk", "doubled their risk"
  new RegExp(String.raw`\b(?:halves|halved|halve|halving|doubles|doubled|double|doubling|triples|tripled|triple|tripling)\s+(?:the|your|their|his|her|its)?\s*${riskNoun}\b`, 'iu'),
  // "a 12% lower risk", "40 percent higher odds", "a 30% reduction in the risk"
  new RegExp(String.raw`\b${percent}\s+(?:lower|higher|reduced|increased|greater|smaller|less|more|raised|decreased)\s+${riskNoun}\b`, 'iu'),
  new RegExp(String.raw`\b${percent}\s+(?:reduction|increase|rise|drop|fall|decrease)\s+in\s+(?:the\s+)?${riskNoun}\b`, 'iu'),
  // "twice as likely", "five times more likely", "50% less likely", "up to five times more likely"
  new RegExp(String.raw`\b(?:${multiple}|${percent}|${fraction})\s+(?:as|more|less)\s+likely\b`, 'iu'),
  // "the risk was 50% higher", "their risk of stroke was twice as high"
  new RegExp(String.raw`\b${riskNoun}\b[^.;:!?]{0,60}?\b(?:was|were|is|are|became)\s+(?:about\s+|around\s+|nearly\s+|up to\s+)?(?:${percent}\s+(?:higher|lower|greater|smaller)|${multiple}\s+(?:as high|as great|higher|greater)|(?:doubled|tripled|halved))`, 'iu'),
  // "a relative risk reduction of 30%"
  new RegExp(String.raw`\brelative risk reduction\b`, 'iu'),
];

/** What an absolute figure looks like: the baseline a relative change needs. */
const absolutePatterns: readonly RegExp[] = [
  // "2 in 100", "one in every 1,000", "3 out of 10"
  new RegExp(String.raw`\b(?:${number}|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out of)\s+(?:every\s+)?(?:${number}|ten|a hundred|one hundred|a thousand|one thousand|10,000|100,000)\b`, 'iu'),
  // "per 1,000 people", "per 100,000"
  /\bper\s+(?:100|1,?000|10,?000|100,?000|million)\b/iu,
  // "from 4% to 2%"
  new RegExp(String.raw`\bfrom\s+(?:about\s+|around\s+)?${percent}\s+to\s+${percent}`, 'iu'),
  // "8% versus 12%", "12%, compared with 9%"
  new RegExp(String.raw`${percent}[^.;]{0,40}?\b(?:vs\.?|versus|compared with|compared to|against|than)\s+(?:about\s+|around\s+)?${percent}`, 'iu'),
  /\bpercentage points?\b/iu,
  // "For 100 people with a 10% risk ...": a count of people, or a risk stated as a level
  /\bfor (?:every )?(?:100|1,?000|10,?000|a hundred|one hundred|a thousand|one thousand) (?:people|patients|adults|women|men|children)\b/iu,
  new RegExp(String.raw`\ban?\s+${percent}\s+(?:risk|chance)\b`, 'iu'),
  /\babsolute\s+(?:risk|reduction|difference|increase|terms|benefit)\b/iu,
  /\bnumber needed to (?:treat|harm)\b|\bNN[TH]\b/u,
  // "4% of people who took it", "2.1% of the placebo group": a rate in a named group
  new RegExp(String.raw`${percent}\s+(?:of|among)\s+(?:the\s+|those\s+|all\s+)?(?:people|patients|participants|adults|women|men|children|users|placebo|control|group|volunteers|smokers|drinkers|non-drinkers)`, 'iu'),
];

export interface RelativeRisk extends Range {
  text: string;
}

/** Every relative risk figure in the prose, left to right, overlaps merged. */
export function findRelativeRisks(prose: string): RelativeRisk[] {
  const found: RelativeRisk[] = [];
  for (const pattern of relativePatterns) {
    const match = pattern.exec(prose);
    if (!match) continue;
    const range = { start: match.index, end: match.index + match[0].length };
    if (found.some((item) => item.start < range.end && range.start < item.end)) continue;
    found.push({ ...range, text: match[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** True when the text gives an absolute figure: a count in a number of people, a rate per 1,000, "from 4% to 2%". */
export function hasAbsoluteFigure(text: string): boolean {
  return absolutePatterns.some((pattern) => pattern.test(text));
}
