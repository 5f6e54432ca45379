"""Sorting tuples (about 10**6 sorted in total): sorted()/list.sort() with keys, reverse, stability."""

N = 200000


def make_records(n):
    # (id, group, score, name) records from a deterministic LCG.
    seed = 987654321
    records = []
    for i in range(n):
        seed = (seed * 214013 + 2531011) % 4294967296
        group = (seed >> 16) % 97
        score = ((seed >> 8) % 100000) / 7.0
        name = "n%05d" % ((seed >> 3) % 50000)
        records.append((i, group, score, name))
    return records


def checksum(records):
    # Order-sensitive checksum over record ids.
    total = 0
    for r in records:
        total = (total * 1000003 + r[0]) % 2147483647
    return total


def by_group_then_score(r):
    return (r[1], -r[2])


def main():
    records = make_records(N)
    print("records:", len(records))

    a = sorted(records, key=lambda r: r[2])
    print("by score:", checksum(a), a[0][2] <= a[-1][2])

    b = sorted(records, key=by_group_then_score)
    print("by group, score desc:", checksum(b), b[0][1], b[-1][1])

    c = records[:]
    c.sort(key=lambda r: r[3], reverse=True)
    print("by name reversed:", checksum(c), c[0][3], c[-1][3])

    # Stability: sort by name, then by group; ties keep name order.
    d = records[:]
    d.sort(key=lambda r: r[3])
    d.sort(key=lambda r: r[1])
    print("stable two-pass:", checksum(d))

    # Plain tuple comparison without a key, and sorting ints / strings.
    e = sorted(records, reverse=True)
    print("natural reversed:", checksum(e), e[0][0])
    names = sorted(set(r[3] for r in records))
    print("distinct names:", len(names), names[:3], names[-1])
    ints = [r[1] * 100000 + int(r[2]) for r in records]
    ints.sort()
    print("ints:", ints[0], ints[len(ints) // 2], ints[-1])

    # Key that combines several fields into a string.
    f = sorted(records[:N // 2], key=lambda r: "%02d:%s" % (r[1], r[3]))
    print("string key:", checksum(f), f[0][3], f[-1][3])


main()
