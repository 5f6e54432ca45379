# Custom iterators with for/else, break, continue, nested loops and exhaustion.
class Range2:
    def __init__(self, start, stop):
        self.start, self.stop = start, stop

    def __iter__(self):
        print("  __iter__ called")
        return Range2Iter(self.start, self.stop)


class Range2Iter:
    def __init__(self, cur, stop):
        self.cur, self.stop = cur, stop

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur >= self.stop:
            print("  exhausted")
            raise StopIteration
        self.cur += 1
        return self.cur - 1


for x in Range2(0, 3):
    print("x", x)
else:
    print("else ran")

for x in Range2(0, 10):
    if x == 2:
        print("break at", x)
        break
else:
    print("else not printed")

for x in Range2(0, 4):
    if x % 2:
        continue
    print("even", x)

pairs = [(a, b) for a in Range2(0, 2) for b in Range2(5, 7)]
print(pairs)

it = Range2Iter(0, 5)
for x in it:
    if x == 1:
        break
print("resumed:", list(it))

# StopIteration carrying a value is just swallowed by for loops
class ValueStop:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("return value")


for _ in ValueStop():
    pass
print("loop over ValueStop finished")
print(list(zip(Range2(0, 5), "ab")))
