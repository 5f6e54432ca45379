# An exception while importing a module propagates to the importer.
import sys

try:
    import broken
except KeyError as e:
    print("import failed with KeyError", e)
print("broken" in sys.modules)
import broken
