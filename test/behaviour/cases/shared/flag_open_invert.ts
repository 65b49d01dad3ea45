// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// kinds: Flag IntFlag
// test_enum.py _FlagTests.test_open_invert_expectations
class OpenAB extends K {
  static readonly A = new OpenAB(1);
  static readonly B = new OpenAB(2);
  static readonly MASK = new OpenAB(255);
}
const [A, B] = OpenAB;
const AB_MASK = OpenAB.MASK;
out('~A', A.not());
out('~B', B.not());
out('~(A|B)', A.or(B).not());
out('~AB_MASK', AB_MASK.not(), AB_MASK.not() === OpenAB.of(0));
out('~OpenAB(0)', OpenAB.of(0).not());
class OpenXYZ extends K {
  static readonly X = new OpenXYZ(4);
  static readonly Y = new OpenXYZ(2);
  static readonly Z = new OpenXYZ(1);
  static readonly MASK = new OpenXYZ(31);
}
const [X, Y, Z] = OpenXYZ;
const XYZ_MASK = OpenXYZ.MASK;
out('~X', X.not());
out('~Y', Y.not());
out('~Z', Z.not());
out('~(X|Y)', X.or(Y).not());
out('~(X|Z)', X.or(Z).not());
out('~(Y|Z)', Y.or(Z).not());
out('~(X|Y|Z)', X.or(Y, Z).not());
out('~XYZ_MASK', XYZ_MASK.not(), XYZ_MASK.not() === OpenXYZ.of(0));
out('~OpenXYZ(0)', OpenXYZ.of(0).not());
