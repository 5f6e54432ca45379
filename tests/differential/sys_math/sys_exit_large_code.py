# sys.exit with a code above 255 is reduced modulo 256 by the OS.
import sys

print("exit 258")
sys.exit(258)
