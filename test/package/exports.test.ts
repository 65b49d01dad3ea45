// The package as its users get it: 'tsenum' and 'tsenum/transformer' resolved by name through
// package.json `exports` (self-reference) to the build in dist/, in ESM and CJS, by vitest, by
// Node itself and by TypeScript's resolvers. `npm test` builds first.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const hasTransformer = existsSync(join(root, 'transformer/index.ts'));
// A string, not a literal, so type-checking does not need transformer/index.ts to exist yet.
const transformerEntry: string = 'tsenum/transformer';

/** SPEC section 1: the runtime's value exports. */
const specRuntimeNames = [
  'CONTINUOUS',
  'Enum',
  'Flag',
  'FlagBoundary',
  'IntEnum',
  'IntFlag',
  'NAMED_FLAGS',
  'StrEnum',
  'UNIQUE',
  'auto',
  'unique',
  'verify',
];

const at = (path: string) => relative(root, path).split('\\').join('/');
const valueNames = (module: object) =>
  Object.keys(module)
    .filter((k) => k !== 'default')
    .sort();

/**
 * What Node itself (not vitest) gives for an ESM import of `specifier`, run from the repo, and
 * whether its default export is the very object `require` gives.
 */
function nodeImport(specifier: string): { url: string; names: string[]; sameDefault: boolean } {
  const script = `
    import { createRequire } from 'node:module';
    const url = import.meta.resolve(${JSON.stringify(specifier)});
    const m = await import(${JSON.stringify(specifier)});
    const cjs = createRequire(import.meta.url + '/probe.mjs')(${JSON.stringify(specifier)});
    const sameDefault = 'default' in m && m.default === cjs.default;
    console.log(JSON.stringify({ url, names: Object.keys(m).sort(), sameDefault }));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('package.json', () => {
  it('names the package tsenum, side-effect free, typescript an optional peer', () => {
    expect(pkg.name).toBe('tsenum');
    expect(pkg.type).toBe('module');
    expect(pkg.sideEffects).toBe(false);
    // language-service/package.json: what tsserver's plugin resolution (node10, no `exports`)
    // finds for `tsenum/language-service`.
    expect(pkg.files).toEqual(['dist', 'language-service/package.json']);
    expect(pkg.peerDependencies).toHaveProperty('typescript');
    expect(pkg.peerDependenciesMeta?.typescript?.optional).toBe(true);
    // unplugin is the bundler plugins' (SPEC section 11); the runtime imports nothing.
    expect(pkg.dependencies ?? {}).toEqual({ unplugin: expect.any(String) });
  });

  it('has the export map of SPEC section 1, types first in every condition', () => {
    const bundlers = ['vite', 'rollup', 'rolldown', 'esbuild', 'webpack', 'rspack'];
    expect(Object.keys(pkg.exports)).toEqual([
      '.',
      './transformer',
      ...bundlers.map((b) => `./${b}`),
      './language-service',
      './drizzle',
      './package.json',
    ]);
    for (const b of bundlers) {
      expect(pkg.exports[`./${b}`]).toEqual({
        import: { types: `./dist/bundler/${b}.d.ts`, default: `./dist/bundler/${b}.mjs` },
        require: { types: `./dist/bundler/${b}.d.cts`, default: `./dist/bundler/${b}.cjs` },
      });
    }
    // CommonJS only: tsserver requires the plugin, and the module is the factory itself.
    expect(pkg.exports['./language-service']).toEqual({
      types: './dist/language-service/index.d.cts',
      default: './dist/language-service/index.cjs',
    });
    expect(pkg.bin).toEqual({ tsenum: './dist/cli/index.cjs' });
    // The runtime: bundlers take `module` (one file per source module, tree-shakable, for
    // `import` and `require` alike); Node takes index.cjs, whose ESM face is index.mjs, so a
    // process has one runtime however it loads it (SPEC section 1).
    expect(pkg.exports['.']).toEqual({
      module: './dist/runtime/index.js',
      import: {
        types: './dist/runtime/index.d.ts',
        node: './dist/runtime/index.mjs',
        default: './dist/runtime/index.js',
      },
      require: { types: './dist/runtime/index.d.cts', default: './dist/runtime/index.cjs' },
    });
    const expected = {
      './transformer': {
        import: {
          types: './dist/transformer/index.d.ts',
          default: './dist/transformer/index.mjs',
        },
        require: {
          types: './dist/transformer/index.d.cts',
          default: './dist/transformer/index.cjs',
        },
      },
      './drizzle': {
        import: {
          types: './dist/integrations/drizzle.d.ts',
          default: './dist/integrations/drizzle.js',
        },
        require: {
          types: './dist/integrations/drizzle.d.cts',
          default: './dist/integrations/drizzle.cjs',
        },
      },
    };
    for (const [subpath, conditions] of Object.entries(expected)) {
      expect(pkg.exports[subpath]).toEqual(conditions);
      expect(Object.keys(pkg.exports[subpath])).toEqual(['import', 'require']);
      for (const condition of ['import', 'require']) {
        expect(Object.keys(pkg.exports[subpath][condition])).toEqual(['types', 'default']);
      }
    }
    expect(pkg.exports['./package.json']).toBe('./package.json');
    // Resolvers that do not read `exports` (TypeScript's node10) get the CJS build.
    expect(pkg.main).toBe('./dist/runtime/index.cjs');
    expect(pkg.types).toBe('./dist/runtime/index.d.cts');
  });

  it('points every target of the runtime entry at a built file', () => {
    expect(existsSync(join(root, pkg.exports['.'].module))).toBe(true);
    for (const file of Object.values(pkg.exports['.'].import)) {
      expect(existsSync(join(root, file as string)), file as string).toBe(true);
    }
    for (const file of Object.values(pkg.exports['.'].require)) {
      expect(existsSync(join(root, file as string)), file as string).toBe(true);
    }
  });
});

describe("'tsenum' (the runtime)", () => {
  it('imports by name in ESM, from dist/, with the same exports as runtime/index.ts', async () => {
    const built = await import('tsenum');
    const source = await import('../../runtime/index.ts');
    expect(valueNames(built)).toEqual(valueNames(source));
    expect('default' in built).toBe(false);
  });

  it('resolves through the export map in Node itself: import -> index.mjs', () => {
    const { url, names } = nodeImport('tsenum');
    expect(at(fileURLToPath(url))).toBe('dist/runtime/index.mjs');
    expect(names).toEqual(valueNames(require(join(root, 'dist/runtime/index.cjs'))));
  });

  it('requires by name in CJS (require -> index.cjs) with the same export names', async () => {
    expect(at(require.resolve('tsenum'))).toBe('dist/runtime/index.cjs');
    const cjs = require('tsenum');
    const esm = await import('tsenum');
    expect(valueNames(cjs)).toEqual(valueNames(esm));
    for (const name of valueNames(esm)) {
      expect(typeof cjs[name], name).toBe(typeof (esm as Record<string, unknown>)[name]);
    }
  });

  it('resolves from a project folder in the repo, as ts-patch resolves a plugin entry', () => {
    // require.resolve with `paths` does not use self-reference: this needs node_modules/tsenum,
    // the devDependency "tsenum": "file:." (a link to the repo).
    const fromFixtures = require.resolve('tsenum', { paths: [join(root, 'fixtures')] });
    expect(at(fromFixtures)).toBe('dist/runtime/index.cjs');
  });

  // While runtime/index.ts is the placeholder barrel (no exports), there is nothing to compare.
  const placeholder = valueNames(require(join(root, 'dist/runtime/index.cjs'))).length === 0;
  it.skipIf(placeholder)('exports every runtime name of SPEC section 1', async () => {
    const esm = await import('tsenum');
    expect(valueNames(esm)).toEqual(expect.arrayContaining(specRuntimeNames));
  });
});

describe("'tsenum/transformer'", () => {
  // Skipped only while transformer/index.ts does not exist; once it does, the build must
  // produce the entry and these run against it.
  it.runIf(!hasTransformer)('is not built while transformer/index.ts does not exist', () => {
    expect(existsSync(join(root, 'dist/transformer/index.cjs'))).toBe(false);
  });

  it.runIf(hasTransformer)('requires by name in CJS (require -> index.cjs)', () => {
    expect(at(require.resolve(transformerEntry))).toBe('dist/transformer/index.cjs');
    const cjs = require(transformerEntry);
    // ts-patch loads `{ "transform": "tsenum/transformer" }` with require and takes the default.
    expect(typeof cjs.default).toBe('function');
  });

  it.runIf(hasTransformer)(
    'resolves as ts-patch resolves `"transform": "tsenum/transformer"`',
    () => {
      // ts-patch: require.resolve(transform, { paths: [folder of the tsconfig] }), then require.
      const entry = require.resolve(transformerEntry, { paths: [join(root, 'fixtures')] });
      expect(at(entry)).toBe('dist/transformer/index.cjs');
    },
  );

  it.runIf(hasTransformer)(
    'imports by name in ESM (import -> index.mjs): the objects of the CJS entry',
    async () => {
      const esm = await import(transformerEntry);
      const cjs = require(transformerEntry);
      expect(valueNames(esm)).toEqual(valueNames(cjs).filter((k) => k !== '__esModule'));
      // Node itself: index.mjs, whose default is the very function `require` gives.
      const node = nodeImport(transformerEntry);
      expect(at(fileURLToPath(node.url))).toBe('dist/transformer/index.mjs');
      expect(node.names).toEqual(valueNames(esm).concat('default').sort());
      expect(node.sameDefault).toBe(true);
    },
  );

  it.runIf(hasTransformer)('points every target at a built file', () => {
    for (const condition of ['import', 'require']) {
      for (const file of Object.values(pkg.exports['./transformer'][condition])) {
        expect(existsSync(join(root, file as string)), file as string).toBe(true);
      }
    }
  });
});

describe('types, as TypeScript resolves them', () => {
  const resolveTypes = (specifier: string, from: string, options: ts.CompilerOptions) => {
    const mode = from.endsWith('.cts') ? ts.ModuleKind.CommonJS : ts.ModuleKind.ESNext;
    const file = join(root, from);
    const { resolvedModule } = ts.resolveModuleName(
      specifier,
      file,
      options,
      ts.sys,
      undefined,
      undefined,
      mode,
    );
    return resolvedModule ? at(resolvedModule.resolvedFileName) : undefined;
  };
  const node16 = { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 };
  const bundler = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
  };
  const entries = [
    ['tsenum', 'runtime'],
    ...(hasTransformer ? [['tsenum/transformer', 'transformer']] : []),
  ];

  it.each(entries)(
    '%s: node16 ESM -> .d.ts, node16 CJS -> .d.cts, bundler -> .d.ts',
    (spec, dir) => {
      expect(resolveTypes(spec, 'probe.mts', node16)).toBe(`dist/${dir}/index.d.ts`);
      expect(resolveTypes(spec, 'probe.cts', node16)).toBe(`dist/${dir}/index.d.cts`);
      expect(resolveTypes(spec, 'probe.ts', bundler)).toBe(`dist/${dir}/index.d.ts`);
    },
  );

  /**
   * The names a declaration file exports: values and types. Without resolving imports (fast:
   * no typescript.d.ts); an `export *` in an index.d.ts would need `noResolve` dropped.
   */
  const declaredNames = (file: string) => {
    const options = { noLib: true, noResolve: true, types: [], noEmit: true, ...node16 };
    const program = ts.createProgram({ rootNames: [join(root, file)], options });
    const checker = program.getTypeChecker();
    const source = program.getSourceFile(join(root, file));
    const symbol = source && checker.getSymbolAtLocation(source);
    return symbol ? checker.getExportsOfModule(symbol).map((s) => s.name) : [];
  };

  it.each(entries)(
    '%s: .d.ts and .d.cts declare every export of the JS, and the same',
    (_, dir) => {
      const esm = declaredNames(`dist/${dir}/index.d.ts`).sort();
      const cjs = declaredNames(`dist/${dir}/index.d.cts`).sort();
      expect(cjs).toEqual(esm);
      const values = Object.keys(require(join(root, `dist/${dir}/index.cjs`))).filter(
        (name) => name !== '__esModule',
      );
      expect(esm).toEqual(expect.arrayContaining(values));
      if (dir === 'runtime' && values.length > 0) {
        expect(esm).toEqual(expect.arrayContaining(['MemberOf', 'ValueOf', 'MemberName']));
      }
    },
  );
});

describe("'tsenum/language-service' (the tsserver plugin)", () => {
  it('is the plugin factory itself, by require and by the node10 resolution tsserver uses', () => {
    const init = require('tsenum/language-service');
    expect(typeof init).toBe('function');
    // tsserver resolves plugins with TypeScript's own node10 resolver, which ignores `exports`.
    const found = ts.nodeModuleNameResolver(
      'tsenum/language-service',
      join(root, 'probe.ts'),
      { moduleResolution: ts.ModuleResolutionKind.Node10, allowJs: true },
      ts.sys,
    ).resolvedModule;
    expect(found && at(found.resolvedFileName)).toBe('dist/language-service/index.d.cts');
  });
});
