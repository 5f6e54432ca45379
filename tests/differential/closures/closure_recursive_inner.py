# Inner functions that refer to themselves and to each other through cells.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = make_fact()
print(f(10), f.__name__, f.__code__.co_freevars)

def mutual():
    def is_even(n):
        return True if n == 0 else is_odd(n - 1)
    def is_odd(n):
        return False if n == 0 else is_even(n - 1)
    return is_even, is_odd
even, odd = mutual()
print([even(n) for n in range(6)], [odd(n) for n in range(6)])

# Rebinding the inner name changes the recursion target
def rebinding():
    def walk(n):
        return [n] + (walk(n - 1) if n > 0 else [])
    original = walk
    def walk(n):
        return ["replaced %d" % n]
    return original(3)
print(rebinding())

# Recursive closure accumulating into an enclosing list
def collect_paths(tree):
    paths = []
    def visit(node, prefix):
        name, children = node
        path = prefix + "/" + name
        if not children:
            paths.append(path)
        for child in children:
            visit(child, path)
    visit(tree, "")
    return paths
tree = ("top", [("a", [("x", []), ("y", [])]), ("b", [])])
print(collect_paths(tree))

# Depth counter shared by recursion via nonlocal
def max_depth(tree):
    best = 0
    def go(node, d):
        nonlocal best
        best = max(best, d)
        for c in node[1]:
            go(c, d + 1)
    go(tree, 1)
    return best
print(max_depth(tree))
