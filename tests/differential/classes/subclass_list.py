# Subclassing list: overridden methods vs built-in methods that bypass them.
class LoggedList(list):
    def append(self, item):
        print("  append", item)
        super().append(item)

    def __setitem__(self, index, value):
        print("  setitem", index, value)
        super().__setitem__(index, value)

    def __getitem__(self, index):
        result = super().__getitem__(index)
        if isinstance(index, slice):
            return LoggedList(result)
        return result


ll = LoggedList([1, 2])
ll.append(3)
ll.extend([4, 5])  # does not call append
ll += [6]  # does not call append either
ll[0] = 100
ll.insert(0, -1)
print(ll, len(ll), type(ll).__name__)
print(ll[1:3], type(ll[1:3]).__name__)
print(type(ll + [1]).__name__, type(ll * 2).__name__, type(ll.copy()).__name__)
print(sorted(ll), type(sorted(ll)).__name__)
ll.sort(reverse=True)
print(ll, ll == list(ll), isinstance(ll, list))


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        if not self:
            raise IndexError("peek from empty stack")
        return self[-1]


s = Stack()
for i in range(3):
    s.push(i * i)
print(s, s.peek(), s.pop(), s, bool(s), len(s))
s.clear()
try:
    s.peek()
except IndexError as e:
    print(type(e).__name__, e)
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
s.name = "has a dict"
print(s.name, vars(s))
print(list.__repr__(Stack([1, 2])), Stack("abc"))
