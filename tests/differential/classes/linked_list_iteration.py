# A singly linked list class with iteration, indexing, len, contains and repr.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedListIterator:
    def __init__(self, node):
        self.node = node
    def __iter__(self):
        return self
    def __next__(self):
        if self.node is None:
            raise StopIteration
        value = self.node.value
        self.node = self.node.next
        return value

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        return LinkedListIterator(self.head)
    def __len__(self):
        return self.size
    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("linked list index out of range")
        node = self.head
        for _ in range(index):
            node = node.next
        return node.value
    def __contains__(self, value):
        return any(v == value for v in self)
    def __reversed__(self):
        return LinkedListIterator(LinkedList(list(self)[::-1]).head)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __repr__(self):
        return "LinkedList([" + " -> ".join(map(repr, self)) + "])"
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev

ll = LinkedList([1, 2, 3, "four"])
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 5 in ll, bool(LinkedList()))
print(list(reversed(ll)), [x for x in ll if isinstance(x, int)])
ll.reverse()
print(ll, ll == LinkedList(["four", 3, 2, 1]), ll != LinkedList())
it = iter(ll)
print(next(it), next(it), list(it), list(it))
try:
    ll[10]
except IndexError as e:
    print(type(e).__name__, e)
print(LinkedList("ab")[:1] if False else "slicing unsupported")
ll["x"]
