/**
 * tsenum for Rolldown: definition errors fail the build, enum classes get the transformer's rewrite.
 *
 * @example
 * // rolldown.config.mjs
 * import tsenum from 'tsenum/rolldown';
 * export default { input: 'src/main.ts', plugins: [tsenum()] };
 */
import { unplugin } from './plugin';

export type { Options } from './plugin';
export default unplugin.rolldown;
