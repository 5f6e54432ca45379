# Import failures raise ModuleNotFoundError / ImportError and can be caught.
try:
    import does_not_exist_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    import present.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from present import missing_name
except ImportError as e:
    print(type(e).__name__, isinstance(e, ModuleNotFoundError))
from present import here

print(here)
print(isinstance(ModuleNotFoundError(), ImportError))
try:
    import does_not_exist_anywhere
except ImportError as e:
    print("second attempt also fails:", type(e).__name__)
