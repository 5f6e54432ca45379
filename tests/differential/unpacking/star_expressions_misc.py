# Starred expressions in return, yield, subscripts, for iterables and the print function.
def both(a, b):
    return *a, *b

print(both([1, 2], (3,)))
print(both("ab", range(2)))

def gen():
    yield *"xy", 1
    yield *[], 
print(list(gen()))

# for loop over a starred tuple display
for item in *range(2), "end":
    print("item", item)

# Starred in an index (3.11+)
class Recorder:
    def __getitem__(self, key):
        return key
r = Recorder()
print(r[1, *[2, 3]], r[*"ab"], r[*()])

# Starred with conditional expressions and calls
flag = False
print([*(range(3) if flag else "no")])
print(*(n * n for n in range(4)), sep="|")
print(max(*[3, 9, 2]), min(*"zebra"))

# Multiple unpacking in one call
def count(*args):
    return len(args)
print(count(*range(3), *range(5), *"", *[[]]))

# Unpacking iterables of different kinds into a set
print(sorted({*range(3), *"ab", *(x for x in "ba")}, key=str))

# Single starred element requires a trailing comma in an assignment source
t = *range(3),
print(t)
try:
    max(*[])
except TypeError as e:
    print("TypeError:", e)
try:
    min(*5)
except TypeError as e:
    print("TypeError:", e)
