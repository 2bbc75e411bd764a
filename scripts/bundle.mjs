#!/usr/bin/env node
/**
 * `npm run build` step 2: bundle the compiled CLI and the worker-thread entry
 * into one file each, so starting medlint loads two files instead of ~340
 * modules, then write V8 code caches for them (scripts/code-cache.mjs).
 *
 * The bundles (dist/bundle/cli.cjs, worker.cjs) are scripts, not ES modules:
 * bin/load-bundle.js compiles them with `vm.Script` so V8 can take their
 * bytecode from `<bundle>.cache` (Node 20 has no code cache for ES modules).
 * `import.meta.url` becomes a parameter of the wrapper the loader puts around
 * the source. dist/bundle/worker.js is the small ES module tinypool starts.
 *
 * Stays outside the bundle: tinypool (it starts its own worker file, found
 * next to its module). Inside, what the CLI imports with import() on demand
 * (formatters, sub-commands, ajv, yaml, the rules and the engine when workers
 * lint) is evaluated only when used. The built-in word lists are in the
 * bundle, parsed; docs/rules and package.json are read at run time from the
 * package root, found by walking up from the bundle, as from dist/src.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'bundle');
// Start empty, so no file of an older build is packed.
rmSync(outdir, { recursive: true, force: true });

// Every build gets a new id; a code cache is used only with the bundle of the same build.
const buildId = randomBytes(8).toString('hex');

// The rules' metadata as data (src/engine/rule-catalogue.ts), so the CLI can validate configs and report without
// loading the rules' code and word lists when worker threads lint.
const { builtinRules } = await import(pathToFileURL(join(root, 'dist', 'rules', 'index.js')).href);
const catalogue = builtinRules.map(({ meta, defaultOptions }) => ({ meta, defaultOptions }));
const catalogueJson = JSON.stringify(catalogue);
if (!isDeepStrictEqual(JSON.parse(catalogueJson), catalogue)) throw new Error('rule meta and defaultOptions must be plain JSON data');

// The built-in word lists (rules/words/*.txt), parsed here with the same parseWordList, so a run does not read
// and parse ~100 files when the rule modules load (src/words/wordlist.ts): list name -> the list as JSON text,
// parsed again only when a rule asks for it.
const { parseWordList } = await import(pathToFileURL(join(root, 'dist', 'src', 'words', 'wordlist.js')).href);
const wordsDir = join(root, 'rules', 'words');
const wordLists = Object.fromEntries(
  readdirSync(wordsDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.txt'.length);
      return [name, JSON.stringify(parseWordList(name, readFileSync(join(wordsDir, file), 'utf8')))];
    }),
);

/*
 * The bundle patches three dependencies as it reads them; each patch checks the source it expects and fails the
 * build otherwise. Only the bundles get them (the library export and the tests run tsc output on node_modules).
 *
 * fdir (under tinyglobby) loads picomatch with a run-time require() when its module initialises, which compiled
 * node_modules/picomatch from source outside the bundle and its code cache (~12 ms of every start). The copy
 * tinyglobby imports is already in the bundle; give fdir that one.
 */
const FDIR_REQUIRE = '__require.resolve("picomatch");\n\tpm = __require("picomatch");';
/**
 * commander requires node:child_process when it loads, only to spawn executable sub-commands, which medlint has
 * none of; child_process pulls in net, dgram and streams (~4 ms). The bundle requires it on the first spawn.
 */
const COMMANDER_REQUIRE = "const childProcess = require('node:child_process');";
const COMMANDER_LAZY = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
/**
 * mdast-util-from-markdown's compile() called every handler of every micromark event with a fresh copy of its
 * context (`{ ...context, sliceSerialize }`, nine properties), which was the parse's largest self time (~11 %)
 * and much of its garbage. The handlers (its own, GFM's, front matter's) use `this` only during the call and
 * never assign to it, so one copy, made once per document with sliceSerialize set before each call, gives the
 * same trees (checked over the 1,000-file bench corpus: identical JSON) for ~25 % less parse time.
 */
const CONTEXT_SPREAD = /\{\s*\.\.\.context,\s*sliceSerialize: events\[index\]\[2\]\.sliceSerialize\s*\}/g;
const LIST_STACK = '    /** @type {Array<number>} */\n    const listStack = [];';

const dependencyPatches = {
  name: 'dependency-patches',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(COMMANDER_REQUIRE)) throw new Error(`${args.path}: commander no longer requires child_process as scripts/bundle.mjs expects`);
      return { contents: source.replace(COMMANDER_REQUIRE, COMMANDER_LAZY), loader: 'js', resolveDir: dirname(args.path) };
    });
    pluginBuild.onLoad({ filter: /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (source.match(CONTEXT_SPREAD)?.length !== 3 || !source.includes(LIST_STACK)) {
        throw new Error(`${args.path}: compile() no longer copies its context as scripts/bundle.mjs expects`);
      }
      const contents = source
        .replace(LIST_STACK, `    const eventContext = { ...context, sliceSerialize: undefined };\n${LIST_STACK}`)
        .replace(CONTEXT_SPREAD, '(eventContext.sliceSerialize = events[index][2].sliceSerialize, eventContext)');
      return { contents, loader: 'js', resolveDir: dirname(args.path) };
    });
    pluginBuild.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(FDIR_REQUIRE)) throw new Error(`${args.path}: fdir no longer loads picomatch as scripts/bundle.mjs expects`);
      return {
        contents: `import medlintBundledPicomatch from "picomatch";\n${source.replace(FDIR_REQUIRE, 'pm = medlintBundledPicomatch;')}`,
        loader: 'js',
        resolveDir: dirname(args.path),
      };
    });
  },
};

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'dist/src/cli/main.js', worker: 'dist/src/runner/worker.js' },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['tinypool'],
  define: { 'import.meta.url': '__medlintBundleUrl', __MEDLINT_RULE_CATALOGUE__: catalogueJson, __MEDLINT_WORD_LISTS__: JSON.stringify(wordLists) },
  plugins: [dependencyPatches],
  banner: { js: `// medlint-build ${buildId}` },
  legalComments: 'eof',
  logLevel: 'warning',
  minifyWhitespace: process.env.MEDLINT_BUNDLE_READABLE === undefined,
  minifySyntax: process.env.MEDLINT_BUNDLE_READABLE === undefined,
});

// What tinypool starts in each worker thread: an ES module whose default export lints a batch.
writeFileSync(
  join(outdir, 'worker.js'),
  [
    '// Generated by scripts/bundle.mjs: the worker thread entry tinypool loads.',
    "import { fileURLToPath } from 'node:url';",
    "import { loadBundle } from '../../bin/load-bundle.js';",
    "export default loadBundle(fileURLToPath(new URL('./worker.cjs', import.meta.url))).exports.default;",
    '',
  ].join('\n'),
);

if (process.env.MEDLINT_NO_CODE_CACHE === undefined) {
  // A fresh process, so the cache holds what a real run compiles and nothing of this one.
  const trained = spawnSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs')], { cwd: root, stdio: 'inherit' });
  if (trained.status !== 0) throw new Error('writing the code caches failed');
}
