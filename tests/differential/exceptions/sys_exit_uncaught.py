# Uncaught SystemExit with a string code prints the string to stderr and exits with status 1.
import sys

def cleanup(log):
    log.append("cleanup ran")

def main(argv):
    log = []
    try:
        if len(argv) < 3:
            print("not enough arguments, exiting")
            sys.exit("usage: prog A B")
        return 0
    finally:
        cleanup(log)
        print(log)

# A caught exit first
try:
    sys.exit(0)
except SystemExit as e:
    print("caught exit with code", e.code)

# A SystemExit raised with a tuple is kept as a tuple
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("tuple code", e.code)

print("before final exit")
main(["prog"])
print("never printed")
