# An LRU cache class built on a doubly linked list plus dict, with dunders.
class _Entry:
    __slots__ = ("key", "value", "prev", "next")
    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = self

class LRU:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be >= 1")
        self.capacity, self.map, self.root = capacity, {}, _Entry()
        self.hits = self.misses = 0
    def _unlink(self, e):
        e.prev.next, e.next.prev = e.next, e.prev
    def _push_front(self, e):
        e.next, e.prev = self.root.next, self.root
        self.root.next.prev = e
        self.root.next = e
    def __getitem__(self, key):
        e = self.map.get(key)
        if e is None:
            self.misses += 1
            raise KeyError(key)
        self.hits += 1
        self._unlink(e)
        self._push_front(e)
        return e.value
    def __setitem__(self, key, value):
        if key in self.map:
            e = self.map[key]
            e.value = value
            self._unlink(e)
        else:
            if len(self.map) >= self.capacity:
                old = self.root.prev
                self._unlink(old)
                del self.map[old.key]
                print("  evict", old.key)
            e = self.map[key] = _Entry(key, value)
        self._push_front(e)
    def __contains__(self, key):
        return key in self.map
    def __len__(self):
        return len(self.map)
    def keys(self):
        out, e = [], self.root.next
        while e is not self.root:
            out.append(e.key)
            e = e.next
        return out
    def __repr__(self):
        return "LRU(%d)%r" % (self.capacity, [(k, self.map[k].value) for k in self.keys()])

c = LRU(3)
for k in "abc":
    c[k] = k.upper()
print(c, len(c))
print(c["a"], c.keys())
c["d"] = "D"
print(c, "b" in c)
c["c"] = "C2"
c["e"] = "E"
print(c)
try:
    c["b"]
except KeyError as e:
    print(type(e).__name__, e)
print(c.hits, c.misses)
LRU(0)
