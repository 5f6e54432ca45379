"""Escape-time Mandelbrot over a grid: pure float arithmetic, no complex numbers."""

SIZE = 600
MAX_ITER = 100


def escape_time(cr, ci, max_iter):
    # Iterate z = z*z + c with z = zr + zi*i and return the iteration count.
    zr = 0.0
    zi = 0.0
    zr2 = 0.0
    zi2 = 0.0
    n = 0
    while n < max_iter and zr2 + zi2 <= 4.0:
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        zr2 = zr * zr
        zi2 = zi * zi
        n += 1
    return n


def render(size, max_iter):
    rows = []
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        row = []
        for x in range(size):
            cr = 3.0 * x / size - 2.0
            row.append(escape_time(cr, ci, max_iter))
        rows.append(row)
    return rows


def main():
    rows = render(SIZE, MAX_ITER)
    total = 0
    inside = 0
    weighted = 0
    for y in range(len(rows)):
        row = rows[y]
        for x in range(len(row)):
            n = row[x]
            total += n
            if n == MAX_ITER:
                inside += 1
            weighted = (weighted * 31 + n * (x + 1)) % 1000000007
    print("total iterations:", total)
    print("points inside:", inside)
    print("checksum:", weighted)


main()
