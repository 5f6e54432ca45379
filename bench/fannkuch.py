"""Fannkuch-redux: permutation generation, prefix reversal and int loops."""

N = 9
REPEAT = 2  # the whole computation is repeated to reach a useful run time


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_index = 0
    r = n
    while True:
        # Reset the counters for the positions that were rotated.
        while r != 1:
            count[r - 1] = r
            r -= 1

        # Count flips for this permutation.
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_index % 2 == 0:
            checksum += flips
        else:
            checksum -= flips

        # Generate the next permutation by successive rotations.
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_index += 1


def main():
    for _ in range(REPEAT):
        checksum, max_flips = fannkuch(N)
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (N, max_flips))


main()
