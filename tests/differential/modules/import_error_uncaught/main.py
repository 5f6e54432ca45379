# An uncaught ModuleNotFoundError ends the program.
import sys

print("before import")
import no_such_module_here
print("never")
