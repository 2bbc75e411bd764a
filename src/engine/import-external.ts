/**
 * `import()` of a module outside medlint's own code: tinypool, plugins, config
 * files written in JavaScript. The built CLI runs as a script compiled by
 * bin/load-bundle.js (for V8's code cache), where `import()` has no module
 * loader to call; the loader passes `__medlintImport`, an `import()` made in an
 * ES module, instead. From tsc's output and under vitest it is not defined and
 * this is a plain `import()`. Specifiers must be absolute (file URLs) or bare
 * package names.
 */
declare const __medlintImport: ((specifier: string) => Promise<unknown>) | undefined;

export function importExternal<Module>(specifier: string): Promise<Module> {
  return (typeof __medlintImport === 'function' ? __medlintImport(specifier) : import(specifier)) as Promise<Module>;
}
