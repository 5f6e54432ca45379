# sys.exit() with no argument exits with status 0, even inside try/finally.
import sys

try:
    print("in try")
    sys.exit()
finally:
    print("finally still runs")
print("never")
