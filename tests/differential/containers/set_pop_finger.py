# set.pop() resumes scanning where the previous pop stopped (CPython's
# finger), so interleaved adds and pops give CPython's sequence.
s = set(range(0, 64, 3))
out = []
for i in range(8):
    out.append(s.pop())
    s.add(100 + i)
print(out, sorted(s))
t = set("abcdefghij")
print([t.pop() for _ in range(4)], len(t))
t.update("xyz")
print([t.pop() for _ in range(len(t))])
u = {1}
print(u.pop(), u)
try:
    u.pop()
except KeyError as e:
    print("KeyError", e)
v = set(range(40))
for x in range(0, 40, 2):
    v.remove(x)
print([v.pop() for _ in range(5)], v)
