# Failing assert with a message ends the program.
x = 3
print("before")
assert x == 3, "fine"
assert x == 4, "x should be 4 but is " + str(x)
print("never")
