# A binary search tree with insertion, in-order iteration (explicit stack), and dunders.
class _Node:
    __slots__ = ("key", "value", "left", "right")
    def __init__(self, key, value):
        self.key, self.value = key, value
        self.left = self.right = None

class _InOrder:
    def __init__(self, root):
        self.stack = []
        self._push_left(root)
    def _push_left(self, node):
        while node is not None:
            self.stack.append(node)
            node = node.left
    def __iter__(self):
        return self
    def __next__(self):
        if not self.stack:
            raise StopIteration
        node = self.stack.pop()
        self._push_left(node.right)
        return node.key

class BST:
    def __init__(self):
        self.root, self.count = None, 0
    def _insert(self, node, key, value):
        if node is None:
            self.count += 1
            return _Node(key, value)
        if key == node.key:
            node.value = value
        elif key < node.key:
            node.left = self._insert(node.left, key, value)
        else:
            node.right = self._insert(node.right, key, value)
        return node
    def __setitem__(self, key, value):
        self.root = self._insert(self.root, key, value)
    def _find(self, key):
        node = self.root
        while node is not None and node.key != key:
            node = node.left if key < node.key else node.right
        return node
    def __getitem__(self, key):
        node = self._find(key)
        if node is None:
            raise KeyError(key)
        return node.value
    def __contains__(self, key): return self._find(key) is not None
    def __iter__(self): return _InOrder(self.root)
    def __len__(self): return self.count
    def height(self, node="root"):
        node = self.root if node == "root" else node
        return 0 if node is None else 1 + max(self.height(node.left), self.height(node.right))

t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t[k] = str(k) * 2
print(len(t), list(t), t.height(), t[65], 40 in t, 45 in t, [t[k] for k in t if k > 60])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = len(w)
print(list(words), len(words), sorted(words, key=lambda w: -words[w])[:3])
try:
    t[99]
except KeyError as e:
    print(type(e).__name__, e)
t["string"] = 1
