# `import util` executes util.py once and exposes its globals as attributes.
print("main start")
import util

print(util.GREETING)
print(util.double(21), util.double("ab"))
print(util.bump(), util.bump(), util.counter)
util.counter = 100
print(util.bump())
print("main end")
