# f-strings with simple expressions.
name = "World"
n = 42
pi = 3.14159
items = [1, 2, 3]
print(f"Hello, {name}!")
print(f"{n} + 1 = {n + 1}")
print(f"{n * 2} {n // 5} {n % 5} {-n}")
print(f"{pi}", f"{items}", f"{items[1]}", f"{len(items)}")
print(f"{name}{name}", f"{{literal braces}}", f"{{{n}}}")
print(f"{'nested quotes'}", f"{name!r}", f"{None}", f"{True}")
print(f"{1 / 3}", f"{2 ** 100}", f"{1e16}", f"{-0.0}")
print(f"{n if n > 40 else 0}", f"{'yes' if items else 'no'}")
d = {"key": "value"}
print(f"{d['key']}", f"{d}")
print(f"")
print(f"multi {n} values {name} here {pi}")
print(F"upper F {n}")
