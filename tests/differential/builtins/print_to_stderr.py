# print(file=sys.stderr) writes to stderr; stdout is unaffected. Last stderr line is compared.
import sys

print("to stdout 1")
print("to stderr 1", file=sys.stderr)
print("to stdout 2", file=sys.stdout)
print("to stdout 3", file=None)
print("stderr", "with", "sep", sep="-", file=sys.stderr)
print("last line on stderr", 42, file=sys.stderr)
