"""N-queens: count all solutions by recursive backtracking, with sets and with boolean lists."""

N = 12


def solve(n, row, cols, diag1, diag2):
    # Place a queen on each row; cols/diag1/diag2 hold occupied lines.
    if row == n:
        return 1
    count = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col
        if col in cols or d1 in diag1 or d2 in diag2:
            continue
        cols.add(col)
        diag1.add(d1)
        diag2.add(d2)
        count += solve(n, row + 1, cols, diag1, diag2)
        cols.remove(col)
        diag1.remove(d1)
        diag2.remove(d2)
    return count


def solve_lists(n, row, cols, diag1, diag2):
    # Same search using boolean lists indexed by column and diagonal.
    if row == n:
        return 1
    count = 0
    for col in range(n):
        d1 = row + col
        d2 = row - col + n - 1
        if cols[col] or diag1[d1] or diag2[d2]:
            continue
        cols[col] = diag1[d1] = diag2[d2] = True
        count += solve_lists(n, row + 1, cols, diag1, diag2)
        cols[col] = diag1[d1] = diag2[d2] = False
    return count


def first_solution(n):
    # Return the lexicographically first solution, using a list of columns.
    placed = []

    def ok(col):
        row = len(placed)
        for r in range(row):
            c = placed[r]
            if c == col or abs(c - col) == row - r:
                return False
        return True

    def place():
        if len(placed) == n:
            return True
        for col in range(n):
            if ok(col):
                placed.append(col)
                if place():
                    return True
                placed.pop()
        return False

    place()
    return placed


def main():
    for n in range(4, N + 1):
        print("%d-queens: %d solutions" % (n, solve(n, 0, set(), set(), set())))
    lists = solve_lists(N, 0, [False] * N, [False] * (2 * N), [False] * (2 * N))
    print("%d-queens with lists: %d solutions" % (N, lists))
    print("first solution for %d: %s" % (N, first_solution(N)))


main()
