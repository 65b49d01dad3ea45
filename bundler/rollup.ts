/**
 * tsenum for Rollup: definition errors fail the build, enum classes get the transformer's rewrite.
 *
 * @example
 * // rollup.config.mjs
 * import tsenum from 'tsenum/rollup';
 * export default { input: 'src/main.ts', plugins: [tsenum(), typescript()] };
 */
import { unplugin } from './plugin';

export type { Options } from './plugin';
export default unplugin.rollup;
