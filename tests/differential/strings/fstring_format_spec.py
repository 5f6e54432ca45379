# f-string format specifications: precision, width, alignment, fill, sign, zero-pad.
x = 3.14159265
n = 42
s = "hi"
print(f"{x:.2f}|{x:.0f}|{x:10.3f}|{x:<10.1f}|{x:^10.2f}|{x:+.1f}|{x:.5f}")
print(f"{n:>5}|{n:<5}|{n:^5}|{n:05}|{n:+}|{-n:05}|{n:5}|{n:1}")
print(f"{s:>5}|{s:<5}|{s:^6}|{s:*^7}|{s:-<4}|{s:5}|{s:1}")
print(f"{2.5:.0f}|{3.5:.0f}|{0.125:.2f}|{1.005:.2f}|{2.675:.2f}")
print(f"{-1.5:8.2f}|{-42:>6}|{-42:<6}|{-42:=6}|{1.5:08.3f}")
print(f"{float('inf'):.2f}|{float('nan'):f}|{-0.0:.1f}|{1e20:.2f}")
print(f"{x:f}|{n:.2f}|{True:>6}|{None!s:>6}")
print(f"[{'abc':.2}]", f"[{'abcdef':>8.3}]")
vals = [1, 22, 333, 4444]
for v in vals:
    print(f"|{v:>6}|{v:<6}|{v:^6}|{v * 1.5:>8.2f}|")
