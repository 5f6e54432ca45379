# The = specifier in f-strings prints the expression text too.
x = 10
name = "World"
pi = 3.14159
print(f"{x=}")
print(f"{x + 1 = }")
print(f"{name=}", f"{name=!s}", f"{pi=:.2f}")
print(f"{x*2=}|{x = }|")
