# sys.exit(3) ends the program with status 3 and no traceback.
import sys


def work():
    print("working")
    sys.exit(3)
    print("never in work")


work()
print("never")
