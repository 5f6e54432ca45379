# Arithmetic dunders for a 2D vector class.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __divmod__(self, k):
        return (self // k, self % k)

    def __pow__(self, k, mod=None):
        if mod is None:
            return Vec(self.x ** k, self.y ** k)
        return Vec(pow(self.x, k, mod), pow(self.y, k, mod))

    def __matmul__(self, o):
        return self.x * o.y - self.y * o.x

    def __lshift__(self, n):
        return Vec(self.x << n, self.y << n)

    def __rshift__(self, n):
        return Vec(self.x >> n, self.y >> n)

    def __and__(self, o):
        return Vec(self.x & o.x, self.y & o.y)

    def __or__(self, o):
        return Vec(self.x | o.x, self.y | o.y)

    def __xor__(self, o):
        return Vec(self.x ^ o.x, self.y ^ o.y)


a = Vec(7, 12)
b = Vec(2, 5)
print(a + b, a - b, a * 3, a * b)
print(a / 2, a // 5, a % 5, divmod(a, 5))
print(a ** 2, pow(a, 2, 5), a @ b)
print(a << 2, a >> 1, a & b, a | b, a ^ b)
print(a + b + b - a)
