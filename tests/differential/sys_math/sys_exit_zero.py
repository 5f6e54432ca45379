# sys.exit(0) ends the program successfully; later code does not run.
import sys

print("before exit")
sys.exit(0)
print("never")
