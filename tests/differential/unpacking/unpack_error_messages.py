# CPython's exact ValueError messages for wrong unpacking counts.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)

def two_from(seq):
    a, b = seq
def three_from(seq):
    a, b, c = seq
def star_two(seq):
    a, b, *c = seq
def star_mid(seq):
    a, *b, c, d = seq

attempt("2 from 3", lambda: two_from([1, 2, 3]))
attempt("2 from 1", lambda: two_from([1]))
attempt("2 from 0", lambda: two_from([]))
attempt("3 from 2", lambda: three_from((1, 2)))
attempt("3 from str", lambda: three_from("ab"))
attempt("2 from gen of 5", lambda: two_from(x for x in range(5)))
attempt("2 from dict", lambda: two_from({"a": 1, "b": 2, "c": 3}))
attempt("2 from set", lambda: two_from({1}))
attempt("star 2 from 1", lambda: star_two([1]))
attempt("star mid from 2", lambda: star_mid([1, 2]))
attempt("star mid from 3", lambda: star_mid([1, 2, 3]))
attempt("2 from int", lambda: two_from(5))
attempt("2 from None", lambda: two_from(None))
attempt("2 from 2", lambda: two_from("xy"))

# Unpacking in a for loop target
try:
    for a, b in [(1, 2), (3, 4, 5)]:
        print("pair", a, b)
except ValueError as e:
    print("for loop:", e)

# A generator is only consumed as far as needed to detect the error
def gen():
    for i in range(10):
        print("  yielding", i)
        yield i
try:
    a, b = gen()
except ValueError as e:
    print("gen:", e)

x, y, z = [1, 2]
