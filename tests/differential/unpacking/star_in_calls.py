# * and ** in function calls, mixed with positional and keyword arguments.
def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, sorted(kwargs.items()))

nums = [1, 2, 3]
opts = {"sep": "-", "end": "!"}
print(show(*nums))
print(show(0, *nums, 4))
print(show(*nums, *"ab", *range(2)))
print(show(**opts))
print(show(**opts, extra=1))
print(show(*nums, **opts, **{"z": 26}))
print(show(*(), **{}))
print(show(*{"k1": 1, "k2": 2}))
print(show(*[x * 2 for x in nums]))

def point(x, y, z=0):
    return (x, y, z)
print(point(*[1, 2]))
print(point(*[1], **{"y": 5}))
print(point(**{"z": 3, "y": 2, "x": 1}))

print(*nums)
print(*nums, sep=", ")
print(*"hello", **opts)
print()

# Errors
for call in [
    lambda: point(*[1, 2, 3, 4]),
    lambda: point(**{"x": 1}),
    lambda: point(1, **{"x": 2, "y": 3}),
    lambda: show(**{"a": 1}, **{"a": 2}),
    lambda: show(*5),
    lambda: show(**[1, 2]),
    lambda: point(**{"w": 1, "x": 1, "y": 2}),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
