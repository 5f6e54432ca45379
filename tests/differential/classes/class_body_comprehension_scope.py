# Scoping rules in class bodies: comprehensions, lambdas and nested functions.
x = "global x"

class A:
    x = "class x"
    y = x  # class body sees its own names
    first_iter = [c for c in x]  # outermost iterable is evaluated in class scope
    in_comp = [x for _ in range(1)]  # comprehension body sees the global x
    fn = lambda: x  # lambda sees global x
    names = ["a", "b"]
    try:
        pairs = [(n, m) for n in names for m in names]
    except NameError as e:
        pairs = type(e).__name__ + ": " + str(e)

    def method(self):
        return x

print(A.y, "".join(A.first_iter), A.in_comp, A.fn(), A().method())
print(A.pairs)

def factory():
    local = "function local"

    class B:
        seen = local  # enclosing function scope is visible (not assigned in body)

        def m(self):
            return local

    return B

B = factory()
print(B.seen, B().m())

def factory_shadow():
    v = "enclosing"

    class C:
        # v is assigned in this body, so reading it first looks in
        # class namespace, then globals -- the enclosing v is skipped
        try:
            before = v
        except NameError as e:
            before = type(e).__name__ + ": " + str(e)
        v = "class v"
        after = v

    return C

C = factory_shadow()
print(C.before, "|", C.after)

v = "module v"
C2 = factory_shadow()
print(C2.before, "|", C2.after)

class Counter:
    count = 0

    def inc(self):
        try:
            count += 1
        except UnboundLocalError as e:
            return type(e).__name__ + ": " + str(e)

print(Counter().inc())
