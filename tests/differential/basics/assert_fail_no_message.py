# Failing assert without a message ends the program.
print("before")
assert 1 + 1 == 3
print("never")
