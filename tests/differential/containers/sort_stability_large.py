# Stability and correctness of list.sort on larger inputs with many ties,
# using keys of several types (ints, floats, strs, tuples, mixed).
def lcg(n, seed):
    out = []
    for _ in range(n):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        out.append(seed >> 40)
    return out


vals = lcg(20000, 7)
recs = [(v % 100, i) for i, v in enumerate(vals)]
by_key = sorted(recs, key=lambda r: r[0])
print(all(by_key[i][0] < by_key[i + 1][0] or (by_key[i][0] == by_key[i + 1][0] and by_key[i][1] < by_key[i + 1][1]) for i in range(len(by_key) - 1)))
rev = sorted(recs, key=lambda r: r[0], reverse=True)
print(rev[:5], rev[-5:])
floats = [v / 7.0 for v in vals[:5000]]
fs = sorted(floats)
print(fs[:3], fs[-3:], fs == sorted(floats, reverse=True)[::-1])
strs = ["k%d" % (v % 997) for v in vals[:5000]]
ss = sorted(strs)
print(ss[:5], ss[-3:], len(set(ss)))
mixed = [v % 50 if v % 3 else (v % 50) + 0.5 for v in vals[:3000]]
print(sorted(mixed)[:8], sorted(mixed, reverse=True)[:4])
tups = [(v % 7, str(v % 5), v % 3) for v in vals[:4000]]
print(sorted(tups)[:4], sorted(tups, reverse=True)[:3])
big = [v * 10 ** 20 - v for v in vals[:2000]]
print(sorted(big)[:2] == sorted(big, key=lambda x: x)[:2], sorted(big)[-1])
words = sorted(set(strs), key=lambda w: (len(w), w))
print(words[:6], words[-2:])
lst = lcg(100, 3)
lst.sort(key=lambda x: -x)
print(lst[:5])
lst.sort()
print(lst[:5], lst == sorted(lst))
