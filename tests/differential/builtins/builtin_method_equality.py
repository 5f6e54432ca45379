# Built-in methods are equal when they wrap the same function for the same
# receiver, whichever access produced them; they hash consistently.
x = [1]
y = [1]
print(x.append == x.append, x.append != x.append, x.append == y.append, x.append == x.pop)
print(hash(x.append) == hash(x.append), len == len, len == abs, len != len)
print(object.__new__ == object.__new__, int.__new__ == int.__new__, object.__new__ == int.__new__)
print(object.__new__ in (None, object.__new__), {x.append: 1}[x.append])
print("abc".upper == "abc".upper, (1).bit_length == (1).bit_length, x.append == 3)
