# sys.stdout.write returns the number of characters written; no newline is added.
import sys

n = sys.stdout.write("hello")
sys.stdout.write("\n")
print(n)
m = sys.stdout.write("héllo 😀\n")
print(m)
print(sys.stdout.write(""))
sys.stdout.write("a")
sys.stdout.write("b")
print("c")
sys.stdout.flush()
print("after flush")
k = sys.stdout.write(str(42) + "\n")
print(k)
try:
    sys.stdout.write(42)
except TypeError as e:
    print(type(e).__name__, e)
