/**
 * tsenum for rspack: definition errors fail the build, enum classes get the transformer's rewrite.
 *
 * @example
 * // rspack.config.js (before builtin:swc-loader)
 * const tsenum = require('tsenum/rspack').default;
 * module.exports = { plugins: [tsenum()] };
 */
import { unplugin } from './plugin';

export type { Options } from './plugin';
export default unplugin.rspack;
