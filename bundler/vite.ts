/**
 * tsenum for Vite: definition errors fail the build, enum classes get the transformer's rewrite.
 *
 * @example
 * // vite.config.ts
 * import tsenum from 'tsenum/vite';
 * export default { plugins: [tsenum()] };
 */
import { unplugin } from './plugin';

export type { Options } from './plugin';
export default unplugin.vite;
