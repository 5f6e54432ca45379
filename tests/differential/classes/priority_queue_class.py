# A binary-heap priority queue class with task objects ordered by __lt__.
class Task:
    counter = 0
    def __init__(self, priority, name):
        self.priority, self.name = priority, name
        Task.counter += 1
        self.seq = Task.counter
    def __lt__(self, other):
        return (self.priority, self.seq) < (other.priority, other.seq)
    def __repr__(self):
        return f"Task({self.priority}, {self.name!r})"

class PriorityQueue:
    def __init__(self, items=()):
        self.heap = []
        for item in items:
            self.push(item)
    def push(self, item):
        h = self.heap
        h.append(item)
        i = len(h) - 1
        while i > 0 and h[i] < h[(i - 1) // 2]:
            h[i], h[(i - 1) // 2] = h[(i - 1) // 2], h[i]
            i = (i - 1) // 2
    def pop(self):
        if not self.heap:
            raise IndexError("pop from empty priority queue")
        h = self.heap
        h[0], h[-1] = h[-1], h[0]
        top = h.pop()
        i = 0
        while True:
            small = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < len(h) and h[c] < h[small]:
                    small = c
            if small == i:
                return top
            h[i], h[small] = h[small], h[i]
            i = small
    def __len__(self):
        return len(self.heap)
    def __bool__(self):
        return bool(self.heap)
    def __iter__(self):
        return self
    def __next__(self):
        if not self:
            raise StopIteration
        return self.pop()

pq = PriorityQueue([Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee")])
pq.push(Task(0, "wake"))
print(len(pq), bool(pq), pq.heap[0])
print(pq.pop(), pq.pop())
print(list(pq), len(pq), bool(pq))
ints = PriorityQueue([5, 3, 9, 1, 7, 1])
print([ints.pop() for _ in range(len(ints))])
try:
    PriorityQueue([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
PriorityQueue().pop()
