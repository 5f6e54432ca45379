# sys.argv: a list whose first element is a str (the path itself is not printed).
import sys

print(type(sys.argv).__name__)
print(len(sys.argv))
print(type(sys.argv[0]).__name__)
print(isinstance(sys.argv[0], str), len(sys.argv[0]) > 0)
print(sys.argv[1:])
