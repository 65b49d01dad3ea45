/**
 * tsenum for webpack: definition errors fail the build, enum classes get the transformer's rewrite.
 *
 * @example
 * // webpack.config.js (before ts-loader, swc-loader or babel-loader)
 * const tsenum = require('tsenum/webpack').default;
 * module.exports = { plugins: [tsenum()] };
 */
import { unplugin } from './plugin';

export type { Options } from './plugin';
export default unplugin.webpack;
