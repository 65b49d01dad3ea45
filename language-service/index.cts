/**
 * `tsenum/language-service`, the tsserver plugin. tsserver wants the module itself to be the
 * factory function (a CommonJS `module.exports = init`), which only a CommonJS source file can
 * say; the plugin itself is plugin.ts.
 */
const { init }: typeof import('./plugin') = require('./plugin');

export = init;
