#!/usr/bin/env node
/**
 * A lexical model for a sentence-level check (issue #3), measured by leave-one-set-out.
 *
 *   npm run build   (or npx tsc -p .)
 *   node scripts/lexical-model.mjs --rule unsourced-claim \
 *     eval=fixtures/eval blind=fixtures/eval-blind dev20=/tmp/dev20:/work/shared/corpus
 *
 * Each argument NAME=LABELS[:ARTICLES] is a labelled set; a set called "blind" is split into one set per file
 * prefix letter (blind-a, blind-b, ...), and NAME*K=... is cut into K sets of articles taken in turn. For every labelled article it builds medlint's Article (tsc output in
 * dist/), takes the rule's candidate sentences, and gives each a row: the label (a sentence overlapping a quote
 * labelled for the rule is positive, one overlapping only an ambiguous quote is left out of training, the rest
 * negative), the rule's own decision, word unigrams and bigrams (numbers folded to <num>, <pct>, <dose>) and a
 * few shape features. Then, for each set held out in turn, a logistic regression is trained on the other sets
 * (λ and thresholds picked by an inner leave-one-set-out on those sets only) and scored on the held-out set the
 * way src/eval/score.ts scores the rule: per labelled quote, false alarms per sentence, ambiguous quotes neutral.
 *
 * Not loaded by medlint at run time. `--json` prints the figures as JSON; `--quick` uses one λ and no nesting
 * (for the test).
 */
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const dist = new URL('../dist/', import.meta.url);
const load = (path) => import(new URL(path, dist).href);
const { readLabelledArticles } = await load('src/eval/evaluate.js');
const { analyse } = await load('src/engine/lint.js');
const { runRules } = await load('src/engine/run-rules.js');
const { formatFromPath } = await load('src/parse/index.js');
const { builtinRules } = await load('rules/index.js');
const { findClaim, listContexts } = await load('rules/lib/claims.js');
const { articleSubjects } = await load('rules/lib/claims-subject.js');
const { exemptionFor } = await load('rules/lib/claims-exemptions.js');
const { topicOf } = await load('rules/lib/claims-context.js');
const { isSafetyHeading } = await load('rules/lib/safety-section.js');
const { articleTreatmentSubject } = await load('rules/lib/treatment.js');
const { builtInSourceDetector } = await load('rules/lib/sources-named.js');

const LABEL = { 'unsourced-claim': 'unsourced', 'unhedged-efficacy': 'unhedged' };

// ---------------------------------------------------------------- features

const PCT = /\d+(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b)/gi;
const DOSE = /\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|g|iu|ml|mmol|units?)\b/gi;
const NUM = /\d+(?:[.,]\d+)*/g;
const WORD = /<(?:pct|dose|num)>|\p{L}+(?:['’]\p{L}+)*/gu;
const FIRST_PERSON = /\b(?:i|i'm|i’m|i've|i’ve|my|me|we|our|us)\b/;
const SECOND_PERSON = /\b(?:you|your|you're|you’re|yourself)\b/;

/** --stem: a crude suffix stripper, so "boosts", "boosting", "boosted" are one word. */
let stemming = false;
const SUFFIX = /(?:ing|ed|es|s|ly)$/;
const stem = (word) => (stemming && word.length > 4 && !word.startsWith('<') ? word.replace(SUFFIX, '') : word);

/** Word tokens of a sentence's prose, numbers folded to <pct>, <dose>, <num>. */
function tokens(prose) {
  const text = prose.toLowerCase().replace(PCT, ' <pct> ').replace(DOSE, ' <dose> ').replace(NUM, ' <num> ');
  return (text.match(WORD) ?? []).map(stem);
}

/**
 * Unigrams and bigrams (the opening marked by <s>), block kind, length, person, question, the exemption the
 * claim classifier finds, citations of the sentence's own and nearby, the topic of the nearest heading that
 * has one, and whether the article is about a treatment. The caller adds the rule's decision.
 */
function sentenceFeatures(sentence, index, treatment) {
  const words = tokens(sentence.prose);
  const features = [];
  let previous = '<s>';
  for (const word of words) {
    features.push(`w:${word}`, `b:${previous} ${word}`);
    previous = word;
  }
  const block = sentence.block;
  const lower = sentence.prose.toLowerCase();
  features.push(`kind:${block.kind}`);
  if (block.inBlockquote) features.push('quote-block');
  const n = words.length;
  features.push(n < 5 ? 'len:1-4' : n < 10 ? 'len:5-9' : n < 20 ? 'len:10-19' : n < 35 ? 'len:20-34' : 'len:35+');
  if (FIRST_PERSON.test(lower)) features.push('person:first');
  if (SECOND_PERSON.test(lower)) features.push('person:second');
  if (sentence.isQuestion) features.push('question');
  const exemption = exemptionFor(sentence.prose, block.kind === 'listItem');
  if (exemption) features.push(`exempt:${exemption}`);
  if (isCited(sentence)) features.push('cited:own');
  const before = block.sentences[index - 1];
  const after = block.sentences[index + 1];
  if ((before && isCited(before)) || (after && isCited(after))) features.push('cited:neighbour');
  else if (block.sentences.some(isCited)) features.push('cited:block');
  if (index === 0) features.push('first-in-block');
  for (let section = block.section; section; section = section.parent) {
    if (!section.heading) continue;
    const topic = topicOf(section.heading.text) ?? (isSafetyHeading(section.heading.text) ? 'harms' : null);
    if (topic) {
      features.push(`section:${topic}`);
      break;
    }
  }
  if (treatment) features.push('treatment-article');
  return features;
}

// ---------------------------------------------------------------- rows

function isCited(sentence) {
  return sentence.markers.length > 0 || sentence.links.some((link) => link.external);
}

let dropPrefixes = [];

/** One row per candidate sentence of one article. */
function articleRows(labelled, ruleId, ruleOptions) {
  const { labels, articlePath, source } = labelled;
  const article = analyse(source, articlePath, formatFromPath(articlePath) ?? 'markdown');
  const rule = builtinRules.find((r) => r.meta.id === ruleId);
  const options = { ...rule.defaultOptions, ...ruleOptions };
  const flagged = new Set();
  for (const message of runRules(article, [{ rule, severity: 'warn', options }])) {
    if (message.ruleId !== ruleId) continue;
    const start = article.lines.offsetAt({ line: message.line, column: message.column });
    const sentence = article.sentences.find((s) => s.range.start <= start && start < s.range.end);
    if (sentence) flagged.add(sentence);
  }
  const label = LABEL[ruleId];
  const quotes = labels.sentences.map((s) => {
    const start = source.indexOf(s.quote);
    return { start, end: start + s.quote.length, pos: s.labels.includes(label), amb: (s.ambiguous ?? []).includes(label) };
  });
  const positives = quotes.map((q, i) => (q.pos && q.start >= 0 ? i : -1)).filter((i) => i >= 0);
  const lists = listContexts(article);
  const subjects = articleSubjects(article);
  const treatment = articleTreatmentSubject(article).treatment;
  const rows = [];
  for (const block of article.blocks) {
    block.sentences.forEach((sentence, index) => {
      const own = isCited(sentence) || builtInSourceDetector.namesSpecificSource(sentence.prose);
      const ruleFlag = flagged.has(sentence);
      if (ruleId === 'unsourced-claim' && own && !ruleFlag) return;
      const overlapping = quotes
        .map((q, i) => (q.start >= 0 && q.start < sentence.range.end && sentence.range.start < q.end ? i : -1))
        .filter((i) => i >= 0);
      const pos = overlapping.filter((i) => quotes[i].pos);
      const amb = overlapping.some((i) => quotes[i].amb);
      const claim =
        ruleId === 'unsourced-claim'
          ? findClaim({
              prose: sentence.prose,
              isQuestion: sentence.isQuestion,
              inListItem: block.kind === 'listItem',
              list: lists.get(block),
              subject: subjects.get(sentence),
            })
          : null;
      const features = sentenceFeatures(sentence, index, treatment);
      features.push(ruleFlag ? 'rule:yes' : 'rule:no');
      if (claim) features.push(`claim:${claim.kind}`);
      const kept = features.filter((f) => !dropPrefixes.some((prefix) => f.startsWith(prefix)));
      rows.push({ features: [...new Set(kept)], ruleFlag, pos, amb, y: pos.length > 0 ? 1 : amb ? -1 : 0, text: sentence.text });
    });
  }
  return { name: labelled.labels.article, rows, positives };
}

function readSets(specs, ruleId) {
  const sets = [];
  for (const spec of specs) {
    const [named, paths] = spec.split('=');
    // NAME*K: the set cut into K groups of articles in turn (for a single folder, as in the test).
    const [name, parts] = named.split('*');
    const [labelDir, articleDir] = paths.split(':');
    if (!existsSync(labelDir)) throw new Error(`no such folder: ${labelDir}`);
    const { articles } = readLabelledArticles(resolve(labelDir), resolve(articleDir ?? labelDir));
    const groups = new Map();
    for (const labelled of articles) {
      const key = name === 'blind' ? `blind-${labelled.labelFile[0]}` : parts ? `${name}-${(articles.indexOf(labelled) % Number(parts)) + 1}` : name;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(articleRows(labelled, ruleId, {}));
    }
    for (const [key, arts] of [...groups].sort()) sets.push({ name: key, articles: arts });
  }
  return sets;
}

// ---------------------------------------------------------------- scoring (as src/eval/score.ts)

function score(articles, decide) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const art of articles) {
    const hit = new Set();
    for (const row of art.rows) {
      if (!decide(row)) continue;
      if (row.pos.length > 0) for (const i of row.pos) hit.add(i);
      else if (!row.amb) fp++;
    }
    tp += hit.size;
    fn += art.positives.length - hit.size;
  }
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { tp, fp, fn, p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

// ---------------------------------------------------------------- logistic regression

/** L2-regularised logistic regression, full-batch Adam on binary sparse features; bias unpenalised. */
function train(rows, lambda, minCount = 2) {
  const counts = new Map();
  for (const row of rows) for (const f of row.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map();
  for (const [f, c] of counts) if (c >= minCount) index.set(f, index.size);
  const X = rows.map((row) => row.features.map((f) => index.get(f)).filter((i) => i !== undefined));
  const y = rows.map((row) => row.y);
  const n = rows.length;
  const d = index.size + 1; // last weight is the bias
  const w = new Float64Array(d);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  const g = new Float64Array(d);
  const rate = 0.05;
  for (let step = 1; step <= 300; step++) {
    g.fill(0);
    for (let k = 0; k < n; k++) {
      let z = w[d - 1];
      for (const i of X[k]) z += w[i];
      const err = 1 / (1 + Math.exp(-z)) - y[k];
      for (const i of X[k]) g[i] += err;
      g[d - 1] += err;
    }
    for (let i = 0; i < d; i++) {
      const grad = g[i] / n + (i < d - 1 ? (lambda / n) * w[i] : 0);
      m[i] = 0.9 * m[i] + 0.1 * grad;
      v[i] = 0.999 * v[i] + 0.001 * grad * grad;
      w[i] -= (rate * (m[i] / (1 - 0.9 ** step))) / (Math.sqrt(v[i] / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  const weights = new Map();
  for (const [f, i] of index) weights.set(f, w[i]);
  return { weights, bias: w[d - 1] };
}

function predict(model, row) {
  let z = model.bias;
  for (const f of row.features) z += model.weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** --residual: train only on the sentences the rule leaves alone (a model of what the rule misses). */
let residual = false;
const trainRows = (sets) => sets.flatMap((s) => s.articles.flatMap((a) => a.rows.filter((r) => r.y >= 0 && !(residual && r.ruleFlag))));

// ---------------------------------------------------------------- variants and nested leave-one-set-out

const GRID = [...Array(19)].map((_, i) => 0.05 + i * 0.05);
const VARIANTS = {
  rule: { choose: false, decide: (row) => row.ruleFlag },
  model: { choose: true, decide: (row, t) => row.p >= t },
  'rule OR model-high': { choose: true, decide: (row, t) => row.ruleFlag || row.p >= t },
  'rule AND NOT model-low': { choose: true, decide: (row, t) => row.ruleFlag && row.p >= t },
};

function withPredictions(sets, model) {
  for (const set of sets) for (const art of set.articles) for (const row of art.rows) row.p = predict(model, row);
}

/** Picks, per variant, the λ and threshold with the best pooled F1 on the sets' own leave-one-set-out. */
function choose(sets, lambdas) {
  const best = {};
  for (const lambda of lambdas) {
    const preds = new Map();
    for (const held of sets) {
      const model = train(trainRows(sets.filter((s) => s !== held)), lambda);
      for (const art of held.articles) for (const row of art.rows) preds.set(row, predict(model, row));
    }
    const articles = sets.flatMap((s) => s.articles);
    for (const art of articles) for (const row of art.rows) row.p = preds.get(row);
    for (const [name, variant] of Object.entries(VARIANTS)) {
      if (!variant.choose) continue;
      for (const t of GRID) {
        const s = score(articles, (row) => variant.decide(row, t));
        if (!best[name] || s.f1 > best[name].f1) best[name] = { lambda, t, f1: s.f1 };
      }
    }
  }
  return best;
}

/** Every variant scored on one held-out set; models trained on `trainSets` with each chosen λ (kept in `models`). */
function scoreVariants(held, trainSets, picks, models) {
  const result = { set: held.name, articles: held.articles.length, scores: {}, picks };
  for (const [name, variant] of Object.entries(VARIANTS)) {
    if (!variant.choose) {
      result.scores[name] = score(held.articles, (row) => variant.decide(row));
      continue;
    }
    const { lambda, t } = picks[name];
    if (!models.has(lambda)) models.set(lambda, train(trainRows(trainSets), lambda));
    withPredictions([held], models.get(lambda));
    result.scores[name] = score(held.articles, (row) => variant.decide(row, t));
  }
  return result;
}

function crossValidate(sets, lambdas, nested) {
  const results = [];
  for (const held of sets) {
    const rest = sets.filter((s) => s !== held);
    const picks = nested ? choose(rest, lambdas) : Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, { lambda: lambdas[0], t: 0.5 }]));
    const result = scoreVariants(held, rest, picks, new Map());
    results.push(result);
    process.stderr.write(`held out ${held.name}: ${Object.entries(result.scores).map(([k, s]) => `${k} ${s.p.toFixed(2)}/${s.r.toFixed(2)}`).join('; ')}\n`);
    process.stderr.write(`  chosen on the other sets: ${Object.entries(picks).map(([k, c]) => `${k} λ ${c.lambda} t ${c.t.toFixed(2)}`).join('; ')}\n`);
  }
  return results;
}

function pooled(results, name, filter = () => true) {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const r of results.filter(filter)) for (const k of ['tp', 'fp', 'fn']) c[k] += r.scores[name][k];
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const rr = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return { ...c, p, r: rr, f1: p + rr === 0 ? 0 : (2 * p * rr) / (p + rr) };
}

function table(results) {
  const names = Object.keys(VARIANTS);
  const fmt = (s) => `${s.tp}/${s.fp}/${s.fn} ${s.p.toFixed(2)} ${s.r.toFixed(2)} ${s.f1.toFixed(2)}`;
  const lines = [`| held-out set | ${names.map((n) => `${n} TP/FP/FN P R F1`).join(' | ')} |`, `|---|${names.map(() => '---').join('|')}|`];
  for (const r of results) lines.push(`| ${r.set} (${r.articles}) | ${names.map((n) => fmt(r.scores[n])).join(' | ')} |`);
  lines.push(`| **pooled** | ${names.map((n) => fmt(pooled(results, n))).join(' | ')} |`);
  if (results.some((r) => r.set.startsWith('blind-'))) lines.push(`| pooled blind a-h | ${names.map((n) => fmt(pooled(results, n, (r) => r.set.startsWith('blind-')))).join(' | ')} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rule: { type: 'string', default: 'unsourced-claim' },
    lambdas: { type: 'string', default: '1,3,10' },
    quick: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    write: { type: 'string' },
    variant: { type: 'string' },
    threshold: { type: 'string' },
    lambda: { type: 'string' },
    top: { type: 'string' },
    drop: { type: 'string' },
    curve: { type: 'boolean', default: false },
    residual: { type: 'boolean', default: false },
    learning: { type: 'boolean', default: false },
    stem: { type: 'boolean', default: false },
    holdout: { type: 'string', multiple: true },
  },
});
const ruleId = values.rule;
residual = values.residual;
stemming = values.stem;
// --drop rule:,claim: leaves out the features whose names start so (the rule's own decision, the claim kind).
dropPrefixes = values.drop?.split(',') ?? [];
if (!LABEL[ruleId]) throw new Error(`--rule must be one of ${Object.keys(LABEL).join(', ')}`);
const sets = readSets(positionals, ruleId);
const lambdas = values.lambdas.split(',').map(Number);
const all = sets.flatMap((s) => s.articles);
const rows = all.flatMap((a) => a.rows);
process.stderr.write(
  `${all.length} articles, ${rows.length} candidate sentences, ${rows.filter((r) => r.y === 1).length} positive, ` +
    `${rows.filter((r) => r.y < 0).length} left out (ambiguous), ${all.reduce((n, a) => n + a.positives.length, 0)} labelled quotes\n`,
);

if (values.holdout) {
  // Transfer to sets never used for training or for choosing anything: λ and thresholds chosen by
  // leave-one-set-out on the positional sets, the model trained on all of them, each --holdout set scored.
  const picks = choose(sets, lambdas);
  const models = new Map();
  const results = [];
  for (const held of readSets(values.holdout, ruleId)) results.push(scoreVariants(held, sets, picks, models));
  process.stderr.write(`chosen on the training sets: ${Object.entries(picks).map(([k, c]) => `${k} λ ${c.lambda} t ${c.t.toFixed(2)}`).join('; ')}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(results.map((r) => ({ set: r.set, scores: r.scores, picks: r.picks })), null, 1)}\n`);
  else process.stdout.write(`${table(results)}\n`);
} else if (values.learning) {
  // Learning curve: each set held out in turn, the model trained on k of the other sets (the first k of a fixed
  // shuffle, three shuffles), pooled; the best threshold per k on the pooled held-out predictions (optimistic
  // alike for every k: the trend is the point, not the level).
  const lambda = Number(values.lambda ?? lambdas[0]);
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const lines = [`λ ${lambda}; rule: ${JSON.stringify(score(all, (row) => row.ruleFlag))}`];
  for (let k = 1; k < sets.length; k += k < 3 ? 1 : 2) {
    const f1s = [];
    for (let repeat = 0; repeat < 3; repeat++) {
      for (const held of sets) {
        const others = sets.filter((s) => s !== held).map((s) => [random(), s]).sort((a, b) => a[0] - b[0]).map(([, s]) => s);
        withPredictions([held], train(trainRows(others.slice(0, k)), lambda));
      }
      let best = { f1: 0 };
      for (const t of GRID) {
        const s = score(all, (row) => row.p >= t);
        if (s.f1 > best.f1) best = { ...s, t };
      }
      f1s.push(best);
    }
    const mean = (key) => (f1s.reduce((n, s) => n + s[key], 0) / f1s.length).toFixed(3);
    lines.push(`k ${k} sets: P ${mean('p')} R ${mean('r')} F1 ${mean('f1')} (t ${f1s.map((s) => s.t.toFixed(2)).join(', ')})`);
    process.stderr.write(`${lines.at(-1)}\n`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} else if (values.curve) {
  // Every threshold, on out-of-set predictions with one λ (not nested: a picture of the trade-off, not a result).
  const lambda = Number(values.lambda ?? lambdas[0]);
  for (const held of sets) withPredictions([held], train(trainRows(sets.filter((s) => s !== held)), lambda));
  const fmt = (s) => `${s.tp}/${s.fp}/${s.fn} P ${s.p.toFixed(3)} R ${s.r.toFixed(3)} F1 ${s.f1.toFixed(3)}`;
  const lines = [`λ ${lambda}; rule: ${fmt(score(all, (row) => row.ruleFlag))}`];
  for (const t of GRID) {
    lines.push(
      `t ${t.toFixed(2)}  model ${fmt(score(all, (row) => row.p >= t))} | OR ${fmt(score(all, (row) => row.ruleFlag || row.p >= t))} | AND ${fmt(score(all, (row) => row.ruleFlag && row.p >= t))}`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
} else if (values.top) {
  const model = train(trainRows(sets), Number(values.lambda ?? lambdas[0]));
  const sorted = [...model.weights].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, Number(values.top));
  process.stdout.write(`bias ${model.bias.toFixed(2)}\n${sorted.map(([f, w]) => `${w.toFixed(2)} ${f}`).join('\n')}\n`);
} else if (values.write) {
  // Train on every set given, prune and write the weights file the rule reads.
  const { writeFileSync } = await import('node:fs');
  const lambda = Number(values.lambda ?? lambdas[0]);
  const model = train(trainRows(sets), lambda);
  const kept = [...model.weights].filter(([, w]) => Math.abs(w) >= 0.05).sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, 3000);
  const data = {
    source: `trained by scripts/lexical-model.mjs --rule ${ruleId} on ${sets.map((s) => s.name).join(', ')} (${all.length} articles), ${new Date().toISOString().slice(0, 10)}; λ ${lambda}; see docs/models/`,
    variant: values.variant ?? 'rule OR model-high',
    threshold: Number(values.threshold ?? 0.5),
    bias: Number(model.bias.toFixed(4)),
    weights: Object.fromEntries(kept.map(([f, w]) => [f, Number(w.toFixed(4))])),
  };
  writeFileSync(values.write, `${JSON.stringify(data, null, 1)}\n`);
  process.stderr.write(`wrote ${kept.length} weights to ${values.write}\n`);
} else {
  const results = crossValidate(sets, values.quick ? [lambdas[0]] : lambdas, !values.quick);
  if (values.json) process.stdout.write(`${JSON.stringify(results.map((r) => ({ set: r.set, scores: r.scores, picks: r.picks })), null, 1)}\n`);
  else process.stdout.write(`${table(results)}\n`);
}
