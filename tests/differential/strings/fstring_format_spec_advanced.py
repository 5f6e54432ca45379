# f-string format specs: integer bases, grouping, percent, exponent, general, nested.
x = 3.14159265
n = 42
print(f"{n:x}|{n:X}|{n:o}|{n:b}|{n:#x}|{n:#b}|{n:#o}|{255:08b}|{-n:x}")
print(f"{1234567:,}|{1234567.891:,.2f}|{1234567:_}|{-1234567:,}|{2 ** 70:,}")
print(f"{0.5:%}|{0.125:.1%}|{1e-5:e}|{12345.678:.3e}|{12345.678:g}|{0.00001234:g}")
print(f"{n:d}|{True:d}|{x:.3}|{x:g}|{1e20:g}|{100.0:g}|{1e16:g}|{123456789.0:g}")
width = 8
prec = 3
print(f"[{x:{width}.{prec}f}]", f"[{'hi':>{width}}]", f"[{n:0{width}}]")
print(f"{2 ** 100:x}|{2 ** 100:>40}|{-(2 ** 64):,}")
print(f"{1.0:e}|{0.0:e}|{-2.5e-300:.2e}|{1.5:.0e}")
