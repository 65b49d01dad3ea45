// A webpack loader that strips TypeScript with @swc/core, as the swc-loader package does
// (kept here so the end-to-end test needs no further dependency).
const swc = require('@swc/core');

module.exports = function swcLoader(source) {
  const done = this.async();
  swc
    .transform(source, {
      filename: this.resourcePath,
      swcrc: false,
      configFile: false,
      jsc: { parser: { syntax: 'typescript', decorators: true }, target: 'es2022' },
    })
    .then((out) => done(null, out.code), done);
};
