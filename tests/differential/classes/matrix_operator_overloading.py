# A small Matrix class with operator overloading, indexing and equality.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equal length")
        self.rows = [list(r) for r in rows]
    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])
    @property
    def shape(self):
        return (len(self.rows), len(self.rows[0]))
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value
    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Matrix([[a * k for a in r] for r in self.rows])
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError("cannot multiply %dx%d by %dx%d" % (self.shape + other.shape))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __neg__(self):
        return self * -1
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __iter__(self):
        return iter([tuple(r) for r in self.rows])
    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a * 2, 3 * a, -a)
print(a @ b, b @ a, a @ Matrix.identity(2) == a)
print(a.shape, a[1, 0], list(a), a.transpose())
a[0, 0] = 10
print(a, a == Matrix([[10, 2], [3, 4]]), a != b)
c = Matrix([[1, 2, 3]])
print(c @ c.transpose(), c.transpose() @ c)
for bad in (lambda: a + c, lambda: a @ c, lambda: a + 1, lambda: a * "x", lambda: Matrix([[1], [2, 3]])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
