# A tiny expression evaluator over nested tuples using match.
def ev(expr, env):
    match expr:
        case int() | float() as n:
            return n
        case str(name):
            try:
                return env[name]
            except KeyError:
                raise NameError("undefined variable " + name) from None
        case ("+", *args):
            return sum(ev(a, env) for a in args)
        case ("*", a, b):
            return ev(a, env) * ev(b, env)
        case ("-", a):
            return -ev(a, env)
        case ("-", a, b):
            return ev(a, env) - ev(b, env)
        case ("let", str(name), value, body):
            return ev(body, {**env, name: ev(value, env)})
        case ("if", cond, then, else_):
            return ev(then, env) if ev(cond, env) else ev(else_, env)
        case ("list", *items):
            return [ev(i, env) for i in items]
        case (op, *_):
            raise SyntaxError("unknown operator %r" % (op,))
        case _:
            raise TypeError("bad expression %r" % (expr,))

programs = [
    42,
    ("+", 1, 2, 3),
    ("*", ("+", 1, 2), ("-", 10, 4)),
    ("-", 5),
    ("let", "x", 5, ("*", "x", "x")),
    ("let", "x", 2, ("let", "y", ("+", "x", 1), ("list", "x", "y"))),
    ("if", ("-", 3, 3), "nope", ("+",)),
    ("let", "z", 1, "w"),
    ("pow", 2, 3),
    None,
]
for p in programs:
    try:
        print(p, "=>", ev(p, {}))
    except (NameError, SyntaxError, TypeError) as e:
        print(p, "=>", type(e).__name__, e)
print(ev(("/", 1, 0), {}))
