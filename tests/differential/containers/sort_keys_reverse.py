# key= and reverse= on list.sort and sorted: stability, keys computed once,
# homogeneous and mixed key types.
calls = []


def key(x):
    calls.append(x)
    return x % 3


data = [5, 2, 8, 1, 9, 3, 7, 4, 6, 0]
print(sorted(data, key=key), len(calls))
print(sorted(data, key=key, reverse=True))
print(sorted(data, reverse=True))

pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1), ("c", 2)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted(pairs))
print(sorted(pairs, reverse=True))

# Mixed numeric types compare fine.
print(sorted([3, 1.5, True, -2, 2.5, 0, False, 10 ** 20, -(10 ** 30)]))
# Strings including non-ASCII: code point order.
words = ["éclair", "apple", "Zebra", "zebra", "ångström", "Äpfel", "", "a", "ß", "日本", "🙂", "\x00"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
# Tuples with mixed first items, tuples of tuples, empty tuples.
print(sorted([(1, "b"), (1, "a"), (0, "z"), (1,), (), (0, "a", 1)]))
print(sorted([((1, 2), 3), ((1, 1), 4), ((0,), 5)]))
print(sorted([(2.5, 1), (1, 2), (True, 0), (1.0, 1)]))
# Big ints and floats.
print(sorted([10 ** 30, -5, 10 ** 18, 2 ** 63, -(2 ** 63), 0]))
print(sorted([1e300, -1e300, float("inf"), float("-inf"), 0.0, -0.0]))
# Sorting lists and sets (subset order).
print(sorted([[3], [1, 2], [1], []]))
print(sorted([{1, 2}, {1}, {3}], key=len))
# Key returns tuples.
recs = [("x", 3, 1.5), ("y", 1, 2.5), ("z", 3, 0.5), ("w", 1, 2.5)]
print(sorted(recs, key=lambda r: (r[1], -r[2])))
print(sorted(recs, key=lambda r: (-r[1], r[0]), reverse=True))
# Sorting in place returns None; sorted accepts any iterable.
lst = [3, 1, 2]
print(lst.sort(), lst)
print(sorted("hello"), sorted({"b": 1, "a": 2}), sorted(range(5, 0, -1)), sorted(x * x for x in (3, -1, 2)))
print(sorted((3, 1, 2), reverse=True), sorted({3, 1, 2}))
# Large stable sort.
big = [(i * 7919) % 1000 for i in range(5000)]
idx = sorted(range(5000), key=lambda i: big[i])
print(idx[:10], idx[-10:])
print(all(big[idx[i]] < big[idx[i + 1]] or (big[idx[i]] == big[idx[i + 1]] and idx[i] < idx[i + 1]) for i in range(4999)))
