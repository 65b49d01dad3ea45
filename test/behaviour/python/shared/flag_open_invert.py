# kinds: Flag IntFlag
# test_enum.py _FlagTests.test_open_invert_expectations
class OpenAB(K):
    A = 1
    B = 2
    MASK = 255
A, B = OpenAB
AB_MASK = OpenAB.MASK
out('~A', ~A)
out('~B', ~B)
out('~(A|B)', ~(A|B))
out('~AB_MASK', ~AB_MASK, ~AB_MASK is OpenAB(0))
out('~OpenAB(0)', ~OpenAB(0))
class OpenXYZ(K):
    X = 4
    Y = 2
    Z = 1
    MASK = 31
X, Y, Z = OpenXYZ
XYZ_MASK = OpenXYZ.MASK
out('~X', ~X)
out('~Y', ~Y)
out('~Z', ~Z)
out('~(X|Y)', ~(X|Y))
out('~(X|Z)', ~(X|Z))
out('~(Y|Z)', ~(Y|Z))
out('~(X|Y|Z)', ~(X|Y|Z))
out('~XYZ_MASK', ~XYZ_MASK, ~XYZ_MASK is OpenXYZ(0))
out('~OpenXYZ(0)', ~OpenXYZ(0))
