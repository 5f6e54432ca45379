# Chained assignment with unpacking, swapping via unpacking, and evaluation order.
a = b = [1, 2]
print(a is b)
x, y = z = (3, 4)
print(x, y, z)
(p, q) = [r, s] = "ab"
print(p, q, r, s)

# Evaluation order: RHS first, then targets left to right
log = []
class Target:
    def __setitem__(self, k, v):
        log.append("set %s=%r" % (k, v))
def val(n):
    log.append("eval %d" % n)
    return n
t = Target()
t["a"], t["b"] = val(1), val(2)
print(log)

log.clear()
t["x"] = t["y"] = val(3)
print(log)

# Swap of list elements uses the old values
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)

# Tricky: index changes mid-assignment
lst = [0, 1, 2]
i = 0
i, lst[i] = 1, "X"
print(i, lst)

# Fibonacci with tuple assignment
a, b = 0, 1
seq = []
for _ in range(10):
    seq.append(a)
    a, b = b, a + b
print(seq)

# Augmented assignment cannot unpack, but works on tuple elements via item
pair = [1, 2]
pair[0], pair[1] = pair[1] * 10, pair[0] * 10
print(pair)

# Unpacking a single-element tuple with trailing comma
single, = [99]
print(single)
try:
    single, = []
except ValueError as e:
    print("ValueError:", e)
