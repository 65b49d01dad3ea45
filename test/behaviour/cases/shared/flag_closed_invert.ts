// @ts-nocheck -- a shared case body: prefixed by _setup.<form>.ts for each kind (see catalog.ts)
// kinds: Flag IntFlag
// test_enum.py _FlagTests.test_closed_invert_expectations (~ -> not(), | -> or())
class ClosedAB extends K {
  static readonly A = new ClosedAB(1);
  static readonly B = new ClosedAB(2);
  static readonly MASK = new ClosedAB(3);
}
const [A, B] = ClosedAB;
const AB_MASK = ClosedAB.MASK;
out('~A', A.not(), A.not() === B);
out('~B', B.not(), B.not() === A);
out('~(A|B)', A.or(B).not(), A.or(B).not() === ClosedAB.of(0));
out('~AB_MASK', AB_MASK.not(), AB_MASK.not() === ClosedAB.of(0));
out('~ClosedAB(0)', ClosedAB.of(0).not(), ClosedAB.of(0).not() === A.or(B));
class ClosedXYZ extends K {
  static readonly X = new ClosedXYZ(4);
  static readonly Y = new ClosedXYZ(2);
  static readonly Z = new ClosedXYZ(1);
  static readonly MASK = new ClosedXYZ(7);
}
const [X, Y, Z] = ClosedXYZ;
const XYZ_MASK = ClosedXYZ.MASK;
out('~X', X.not(), X.not() === Y.or(Z));
out('~Y', Y.not(), Y.not() === X.or(Z));
out('~Z', Z.not(), Z.not() === X.or(Y));
out('~(X|Y)', X.or(Y).not(), X.or(Y).not() === Z);
out('~(X|Z)', X.or(Z).not(), X.or(Z).not() === Y);
out('~(Y|Z)', Y.or(Z).not(), Y.or(Z).not() === X);
out('~(X|Y|Z)', X.or(Y, Z).not(), X.or(Y, Z).not() === ClosedXYZ.of(0));
out('~XYZ_MASK', XYZ_MASK.not(), XYZ_MASK.not() === ClosedXYZ.of(0));
out('~ClosedXYZ(0)', ClosedXYZ.of(0).not(), ClosedXYZ.of(0).not() === X.or(Y).or(Z));
