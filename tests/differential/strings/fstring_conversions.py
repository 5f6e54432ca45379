# !r, !s and !a conversions in f-strings.
s = "héllo\n"
n = 7
f = 0.1
lst = ["a", 1]
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{n!r} {f!r} {lst!r} {lst!s}")
print(f"{s!r:>12}|")
print(f"{None!r} {True!s}")
print(f"{'x'!r:^9}|")
