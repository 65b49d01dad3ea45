// Bundles a fixture app of test/size/apps/ as an app would ship it (esbuild --bundle --minify,
// ESM for the browser) and gzips it at level 9. `tsenum` resolves as a user's install does:
// node_modules/tsenum (the devDependency "tsenum": "file:.", the built package) through the
// export map, `module` condition, and package.json `sideEffects: false`.
//
//   node test/size/measure.mjs     prints the table of the README's size section

import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** @returns {{ code: string, minified: number, gzipped: number, inputs: string[] }} */
export async function measure(app) {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [join(root, 'test/size/apps', app)],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    outfile: 'out.js',
  });
  const code = result.outputFiles[0].text;
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.keys(output.inputs)
    .filter((input) => output.inputs[input].bytesInOutput > 0)
    .map((input) => relative(root, join(root, input)).split('\\').join('/'))
    .sort();
  return {
    code,
    minified: Buffer.byteLength(code),
    gzipped: gzipSync(code, { level: 9 }).length,
    inputs,
  };
}

export const APPS = [
  'enum.mjs',
  'int-enum.mjs',
  'str-enum.mjs',
  'flag.mjs',
  'int-flag.mjs',
  'all.mjs',
];
export const REFERENCES = ['ts-enum.ts', 'enum-plus.mjs'];

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  console.log('| app | min | min+gzip |\n| --- | ---: | ---: |');
  for (const app of [...APPS, ...REFERENCES]) {
    const { minified, gzipped } = await measure(app);
    console.log(`| ${app} | ${kb(minified)} | ${kb(gzipped)} |`);
  }
}
