/**
 * tsenum for esbuild: definition errors fail the build, enum classes get the transformer's rewrite.
 *
 * @example
 * import tsenum from 'tsenum/esbuild';
 * await esbuild.build({ entryPoints: ['src/main.ts'], bundle: true, plugins: [tsenum()] });
 */
import { unplugin } from './plugin';

export type { Options } from './plugin';
export default unplugin.esbuild;
