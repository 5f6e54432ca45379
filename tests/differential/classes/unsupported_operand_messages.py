# TypeError messages for unsupported operand types between user classes.
class Apple:
    pass


class Orange:
    pass


a, o = Apple(), Orange()
ops = [
    ("+", lambda: a + o),
    ("-", lambda: a - o),
    ("*", lambda: a * o),
    ("/", lambda: a / o),
    ("//", lambda: a // o),
    ("%", lambda: a % o),
    ("**", lambda: a ** o),
    ("@", lambda: a @ o),
    ("<<", lambda: a << o),
    (">>", lambda: a >> o),
    ("&", lambda: a & o),
    ("|", lambda: a | o),
    ("^", lambda: a ^ o),
    ("divmod", lambda: divmod(a, o)),
    ("pow3", lambda: pow(a, o, 5)),
    ("<", lambda: a < o),
    ("<=", lambda: a <= o),
    (">", lambda: a > o),
    (">=", lambda: a >= o),
    ("int+", lambda: 1 + a),
    ("list*", lambda: [1] * a),
    ("str%", lambda: "x" % a),
    ("in", lambda: a in o),
    ("call", lambda: a()),
    ("index", lambda: [1][a]),
    ("len", lambda: len(a)),
    ("iter", lambda: iter(a)),
    ("subscript", lambda: a[0]),
]
for name, fn in ops:
    try:
        fn()
        print(name, "no error")
    except TypeError as e:
        print(name, "->", e)

print(a == o, a != o, a == a)

try:
    a += o
except TypeError as e:
    print("+= ->", e)

a < o
