// The comparison: the same app with a TypeScript `enum` (esbuild compiles it).
enum Color {
  RED = 1,
  GREEN = 2,
}
console.log(Color[2], 1 in Color);
