import { measure } from '/work/wt/parity/test/size/measure.mjs';
import * as esbuild from '/work/wt/parity/node_modules/esbuild/lib/main.js';
const r = await esbuild.build({ absWorkingDir: '/work/wt/parity', entryPoints: ['/work/wt/parity/test/size/apps/enum.mjs'], bundle: true, minify: true, format: 'esm', write: false, metafile: true, logLevel: 'silent', outfile: 'o.js' });
const out = Object.values(r.metafile.outputs)[0];
for (const [k, v] of Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput)) console.log(v.bytesInOutput, k);
console.log((await measure('enum.mjs')).gzipped);
