# sys.maxsize, sys.version_info.
import sys

print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1)
print(type(sys.maxsize).__name__, -sys.maxsize - 1)
print(sys.version_info[:2])
print(sys.version_info.major, sys.version_info.minor)
print(sys.version_info >= (3, 12), sys.version_info < (4,), sys.version_info[0])
print(sys.version_info.major == 3 and sys.version_info.minor == 12)
print(type(sys.version_info.minor).__name__)
