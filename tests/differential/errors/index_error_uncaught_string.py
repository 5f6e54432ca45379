# Uncaught string IndexError raised deep inside a call chain.
def char_at(s, i):
    return s[i]


def initials(name):
    return char_at(name, 0) + char_at(name, 10)


print(char_at("hello", 1))
print(initials("Bob"))
