# NameError for undefined names, caught.
try:
    print(undefined_variable)
except NameError as e:
    print(type(e).__name__, e)


def uses_missing():
    return missing_global + 1


try:
    uses_missing()
except NameError as e:
    print(type(e).__name__, e)
try:
    undefined_function(1, 2)
except NameError as e:
    print(type(e).__name__, e)
later = 1
del later
try:
    print(later)
except NameError as e:
    print(type(e).__name__, e)
try:
    Print("typo")
except NameError as e:
    print(type(e).__name__, e)
