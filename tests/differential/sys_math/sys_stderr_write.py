# sys.stderr.write output is on stderr; only its last line is compared.
import sys

print("stdout line")
sys.stderr.write("first stderr line\n")
sys.stderr.flush()
count = sys.stderr.write("second\n")
print("wrote", count)
sys.stdout.flush()
sys.stderr.write("final stderr line\n")
