# Changing a dict while iterating it: CPython's RuntimeErrors.
def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


def add_during():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
    return d


def delete_during():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
    return d


def replace_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 100
    return d


def del_then_add():
    d = {1: 1, 2: 2, 3: 3}
    out = []
    for k in d:
        out.append(k)
        if k == 1:
            del d[2]
            d[4] = 4
    return out, d


def values_during():
    d = {1: 1}
    for v in d.values():
        d[v + 1] = 0
    return d


def items_during():
    d = {1: 1}
    for kv in d.items():
        d.pop(1)
    return d


def pop_during_keys():
    d = dict.fromkeys(range(5))
    it = iter(d)
    next(it)
    d.pop(3)
    return list(it)


def clear_during():
    d = {1: 1, 2: 2}
    for k in d:
        d.clear()
    return d


attempt("add", add_during)
attempt("delete", delete_during)
attempt("replace", replace_values)
attempt("del then add", del_then_add)
attempt("values", values_during)
attempt("items", items_during)
attempt("pop iter", pop_during_keys)
attempt("clear", clear_during)
d = {1: 1, 2: 2}
it = iter(d)
d[3] = 3
attempt("next after add", lambda: next(it))
attempt("next again", lambda: next(it))
s = {1, 2}
it = iter(s)
s.add(3)
attempt("set next after add", lambda: next(it))


def set_remove_during():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)
    return s


attempt("set remove", set_remove_during)


def set_add_remove_same_size():
    s = {1, 2, 3}
    out = []
    for x in s:
        out.append(x)
        if x == 1:
            s.remove(1)
            s.add(100)
    return sorted(out)


attempt("set same size", set_add_remove_same_size)
r = {"a": 1}
it = iter(r.items())
print(next(it))
attempt("exhausted", lambda: next(it))
r["b"] = 2
attempt("exhausted then add", lambda: next(it))
