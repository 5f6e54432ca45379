# Uncaught: subscripting an int returned from a function.
def get():
    return 42


print(get())
print(get()[0])
