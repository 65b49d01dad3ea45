# kinds: Flag IntFlag
# test_enum.py _FlagTests.test_closed_invert_expectations
class ClosedAB(K):
    A = 1
    B = 2
    MASK = 3
A, B = ClosedAB
AB_MASK = ClosedAB.MASK
out('~A', ~A, ~A is B)
out('~B', ~B, ~B is A)
out('~(A|B)', ~(A|B), ~(A|B) is ClosedAB(0))
out('~AB_MASK', ~AB_MASK, ~AB_MASK is ClosedAB(0))
out('~ClosedAB(0)', ~ClosedAB(0), ~ClosedAB(0) is (A|B))
class ClosedXYZ(K):
    X = 4
    Y = 2
    Z = 1
    MASK = 7
X, Y, Z = ClosedXYZ
XYZ_MASK = ClosedXYZ.MASK
out('~X', ~X, ~X is Y|Z)
out('~Y', ~Y, ~Y is X|Z)
out('~Z', ~Z, ~Z is X|Y)
out('~(X|Y)', ~(X|Y), ~(X|Y) is Z)
out('~(X|Z)', ~(X|Z), ~(X|Z) is Y)
out('~(Y|Z)', ~(Y|Z), ~(Y|Z) is X)
out('~(X|Y|Z)', ~(X|Y|Z), ~(X|Y|Z) is ClosedXYZ(0))
out('~XYZ_MASK', ~XYZ_MASK, ~XYZ_MASK is ClosedXYZ(0))
out('~ClosedXYZ(0)', ~ClosedXYZ(0), ~ClosedXYZ(0) is (X|Y|Z))
