"""Binary trees: allocate and walk many short-lived tuple trees (allocation heavy)."""

MAX_DEPTH = 15
MIN_DEPTH = 4
SCALE = 2  # multiplier on the number of short-lived trees per depth


def make_tree(depth):
    # A node is a (left, right) tuple; a leaf is (None, None).
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    # Count the nodes in the tree.
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


def main():
    max_depth = max(MIN_DEPTH + 2, MAX_DEPTH)
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check_tree(make_tree(stretch))))

    long_lived = make_tree(max_depth)

    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = SCALE * 2 ** (max_depth - depth + MIN_DEPTH)
        check = 0
        for _ in range(iterations):
            check += check_tree(make_tree(depth))
        print("%d\t trees of depth %d\t check: %d" % (iterations, depth, check))

    print("long lived tree of depth %d\t check: %d" % (max_depth, check_tree(long_lived)))


main()
