#!/usr/bin/env node
/**
 * `npm run bench [-- --shared ../shared] [--files 1000] [--runs 3] [--scale 10] [--big-runs 1]`
 *
 * Builds a corpus in a temp dir by repeating the articles of fixtures/ (and of
 * <shared>/corpus when given), then times, alternating, `--runs` times each (the
 * sub-second tasks five times a round):
 * medlint (recommended rules, json to /dev/null), remark-cli with
 * remark-preset-lint-recommended, bare remark-parse in one process, single-file
 * start-up of both, the corpus at `--scale` x files, and one 5 MB article
 * against its bare parse. Prints medians and the ratios; writes
 * bench/results.json. Needs `npm run build` first (it runs dist/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = parseArgs(process.argv.slice(2));
const fileCount = Number(args.files ?? 1000);
const runs = Number(args.runs ?? 3);
const scale = Number(args.scale ?? 10);
const bigRuns = Number(args['big-runs'] ?? 1);
/** Samples a round of each sub-second task (one file, --version). */
const SHORT_REPEATS = 5;
const bigArticleMb = Number(args['big-article-mb'] ?? 5);
const bigArticleBytes = bigArticleMb * 1024 * 1024;
// The measure's name says the size it was run at: the target is for 5 MB, and a quick look at 1 MB must not read as that.
const bigName = `${bigArticleMb} MB article`;

function parseArgs(list) {
  const parsed = {};
  for (let index = 0; index < list.length; index++) {
    const flag = list[index];
    if (!flag.startsWith('--')) throw new Error(`unexpected argument ${flag}`);
    parsed[flag.slice(2)] = list[index + 1];
    index++;
  }
  return parsed;
}

function articlesUnder(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...articlesUnder(path));
    else if (['.md', '.txt'].includes(extname(entry.name))) found.push(path);
  }
  return found.sort();
}

// --- the corpus --------------------------------------------------------------
const sources = articlesUnder(join(root, 'fixtures'));
if (args.shared) {
  const corpus = join(resolve(args.shared), 'corpus');
  if (!existsSync(corpus)) throw new Error(`no corpus at ${corpus}`);
  sources.unshift(...articlesUnder(corpus));
}
const texts = sources.map((path) => ({ ext: extname(path), text: readFileSync(path, 'utf8') }));
const work = mkdtempSync(join(tmpdir(), 'medlint-bench-'));
// remark-cli resolves `--use` from the working directory.
symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'), 'dir');

function buildCorpus(name, count) {
  const dir = join(work, name);
  const paths = [];
  for (let index = 0; index < count; index++) {
    const { ext, text } = texts[index % texts.length];
    // 100 files a folder, like a content repo's sections.
    const folder = join(dir, `section-${String(Math.floor(index / 100)).padStart(3, '0')}`);
    if (index % 100 === 0) mkdirSync(folder, { recursive: true });
    const path = join(folder, `article-${String(index).padStart(5, '0')}${ext}`);
    writeFileSync(path, text);
    paths.push(path);
  }
  const list = join(work, `${name}.list`);
  writeFileSync(list, paths.join('\n'));
  return { dir: name, list, count };
}

const corpus1 = buildCorpus('corpus', fileCount);
const corpusScaled = scale > 1 ? buildCorpus(`corpus-x${scale}`, fileCount * scale) : null;
const single = join(work, 'one.md');
writeFileSync(single, texts.find((each) => each.ext === '.md').text);
let big = '';
for (let index = 0; big.length < bigArticleBytes; index++) big += `${texts[index % texts.length].text}\n\n`;
const bigPath = join(work, 'big.md');
writeFileSync(bigPath, big);
writeFileSync(join(work, 'big.list'), bigPath);
writeFileSync(join(work, 'one.list'), single);

// --- timing ------------------------------------------------------------------
const preload = join(root, 'bench', 'usage-preload.mjs');
const medlintBin = join(root, 'bin', 'medlint.js');
const remarkBin = join(root, 'node_modules', 'remark-cli', 'cli.js');
const bareParse = join(root, 'bench', 'bare-parse.mjs');
const editMapFix = pathToFileURL(join(root, 'dist', 'src', 'parse', 'edit-map.js')).href;
if (!existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) throw new Error('run `npm run build` first');

function timed(argv, extraEnv = {}) {
  const usageFile = join(work, 'usage.json');
  rmSync(usageFile, { force: true });
  const started = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ['--import', preload, ...argv], {
    cwd: work,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1', CI: '1', ...extraEnv },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0 && child.status !== 1) throw new Error(`${argv.join(' ')} exited ${child.status}: ${child.stderr}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { wallMs, cpuMs: usage.userMs + usage.systemMs, maxRssKb: usage.maxRssKb };
}

const medlint = (target, extra = []) => [medlintBin, '--no-config', '--format', 'json', '-o', '/dev/null', ...extra, target];
const remark = (target) => [remarkBin, '--use', 'remark-preset-lint-recommended', '--quiet', '--no-stdout', '--ext', 'md,txt', target];

const tasks = [
  { name: 'medlint 1x', argv: medlint(corpus1.dir), runs },
  { name: 'remark-cli 1x', argv: remark(corpus1.dir), runs },
  { name: 'bare parse 1x', argv: [bareParse, corpus1.list], runs },
  { name: 'medlint 1x one thread', argv: medlint(corpus1.dir, ['--concurrency', 'off']), runs },
  // Runs of a fraction of a second swing with the machine's load: these take SHORT_REPEATS samples a round,
  // alternating with each other, so their medians rest on more than three runs.
  { name: 'medlint one file', argv: medlint('one.md'), runs, perRound: SHORT_REPEATS },
  { name: 'remark-cli one file', argv: remark('one.md'), runs, perRound: SHORT_REPEATS },
  { name: 'medlint --version', argv: [medlintBin, '--version'], runs, perRound: SHORT_REPEATS },
  { name: `medlint ${bigName}`, argv: medlint('big.md'), runs },
  { name: `bare parse ${bigName}`, argv: [bareParse, join(work, 'big.list')], runs },
  // The same bare parse with medlint's fix for micromark's quadratic lazy lines (src/parse/edit-map.ts): without it
  // the floor itself is slower than linear on a long article, which makes medlint's ratio look better than it is.
  { name: `bare parse ${bigName}, micromark fixed`, argv: ['--import', editMapFix, bareParse, join(work, 'big.list')], runs },
  ...(corpusScaled ? [{ name: `medlint ${scale}x`, argv: medlint(corpusScaled.dir), runs: bigRuns }] : []),
];

const samples = Object.fromEntries(tasks.map((task) => [task.name, []]));
for (let round = 0; round < runs; round++) {
  for (let repeat = 0; repeat < SHORT_REPEATS; repeat++) {
    for (const task of tasks) {
      if (round >= task.runs || repeat >= (task.perRound ?? 1)) continue;
      const sample = timed(task.argv);
      samples[task.name].push(sample);
      process.stderr.write(`round ${round + 1}/${runs} ${task.name}: ${(sample.wallMs / 1000).toFixed(2)} s wall, ${(sample.cpuMs / 1000).toFixed(2)} s CPU\n`);
    }
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const medians = Object.fromEntries(
  Object.entries(samples).map(([name, list]) => [
    name,
    { wallMs: median(list.map((s) => s.wallMs)), cpuMs: median(list.map((s) => s.cpuMs)), maxRssKb: Math.max(...list.map((s) => s.maxRssKb)), runs: list.length },
  ]),
);

const m = (name) => medians[name];
const targets = [
  { target: `${fileCount} files: medlint wall <= 0.5 x remark-cli`, ratio: m('medlint 1x').wallMs / m('remark-cli 1x').wallMs, limit: 0.5 },
  { target: 'medlint CPU <= 2 x bare remark-parse CPU', ratio: m('medlint 1x').cpuMs / m('bare parse 1x').cpuMs, limit: 2 },
  { target: 'one file: medlint wall <= 0.5 x remark-cli', ratio: m('medlint one file').wallMs / m('remark-cli one file').wallMs, limit: 0.5 },
  ...(corpusScaled
    ? [
        { target: `${scale}x files within ${scale + 1}x the time`, ratio: m(`medlint ${scale}x`).wallMs / m('medlint 1x').wallMs, limit: scale + 1 },
        { target: `peak RSS at ${fileCount * scale} files <= 300 MB`, ratio: m(`medlint ${scale}x`).maxRssKb / 1024 / 300, limit: 1 },
      ]
    : []),
  { target: `${bigName} within 3 x its bare parse`, ratio: m(`medlint ${bigName}`).wallMs / m(`bare parse ${bigName}`).wallMs, limit: 3 },
  {
    target: `${bigName} within 3 x its bare parse with micromark fixed (the fairer floor)`,
    ratio: m(`medlint ${bigName}`).wallMs / m(`bare parse ${bigName}, micromark fixed`).wallMs,
    limit: 3,
  },
];

const machine = {
  cpus: cpus().length,
  model: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 1024 ** 3),
  os: `${osType()} ${release()}`,
  node: process.version,
  loadAverageAtEnd: loadavg().map((load) => Number(load.toFixed(2))),
};

const lines = [];
lines.push(`| measure | runs | wall (median) | CPU (median) | peak RSS |`);
lines.push(`|---|---:|---:|---:|---:|`);
for (const [name, value] of Object.entries(medians)) {
  lines.push(`| ${name} | ${value.runs} | ${(value.wallMs / 1000).toFixed(2)} s | ${(value.cpuMs / 1000).toFixed(2)} s | ${Math.round(value.maxRssKb / 1024)} MB |`);
}
lines.push('');
lines.push(`| target | ratio | limit | met |`);
lines.push(`|---|---:|---:|:---:|`);
for (const { target, ratio, limit } of targets) lines.push(`| ${target} | ${ratio.toFixed(2)} | ${limit} | ${ratio <= limit ? 'yes' : 'no'} |`);
lines.push('');
lines.push(`Machine: ${machine.cpus} x ${machine.model}, ${machine.memoryGb} GB, ${machine.os}, Node ${machine.node}; load average at the end ${machine.loadAverageAtEnd.join(' ')}.`);
lines.push(`Corpus: ${fileCount} files from ${sources.length} articles${args.shared ? ' (fixtures + shared corpus)' : ' (fixtures only)'}; ${bigName} = ${(big.length / 1024 / 1024).toFixed(1)} M characters.`);
console.log(lines.join('\n'));

writeFileSync(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), machine, params: { fileCount, runs, scale, bigRuns, bigArticleMb, shared: Boolean(args.shared), articles: sources.length }, medians, samples, targets: targets.map((t) => ({ ...t, met: t.ratio <= t.limit })) }, null, 2)}\n`,
);
rmSync(work, { recursive: true, force: true });
