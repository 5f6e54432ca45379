# A graph with vertex/edge classes, BFS via an explicit iterator class, and path finding.
class Vertex:
    def __init__(self, name):
        self.name = name
        self.edges = []
    def __repr__(self):
        return self.name
    def __lt__(self, other):
        return self.name < other.name

class Graph:
    def __init__(self):
        self.vertices = {}
    def __getitem__(self, name):
        if name not in self.vertices:
            self.vertices[name] = Vertex(name)
        return self.vertices[name]
    def connect(self, a, b):
        self[a].edges.append(self[b])
        self[b].edges.append(self[a])
        return self
    def __contains__(self, name):
        return name in self.vertices
    def __len__(self):
        return len(self.vertices)
    def bfs(self, start):
        return BFS(self[start])

class BFS:
    def __init__(self, start):
        self.queue = [(start, 0)]
        self.seen = {start.name}
    def __iter__(self):
        return self
    def __next__(self):
        if not self.queue:
            raise StopIteration
        v, depth = self.queue.pop(0)
        for n in sorted(v.edges):
            if n.name not in self.seen:
                self.seen.add(n.name)
                self.queue.append((n, depth + 1))
        return v, depth

def shortest_path(g, a, b):
    prev = {a: None}
    for v, _ in g.bfs(a):
        for n in v.edges:
            prev.setdefault(n.name, v.name)
        if v.name == b:
            path = [b]
            while prev[path[-1]] is not None:
                path.append(prev[path[-1]])
            return path[::-1]
    raise LookupError(f"no path from {a} to {b}")

g = Graph()
for a, b in [("A", "B"), ("A", "C"), ("B", "D"), ("C", "D"), ("D", "E"), ("F", "G")]:
    g.connect(a, b)
print(len(g), "E" in g, "Z" in g, sorted(g["D"].edges))
print(list(g.bfs("A")))
print([v for v, d in g.bfs("E") if d == 2])
print(shortest_path(g, "A", "E"), shortest_path(g, "E", "C"), shortest_path(g, "F", "G"))
try:
    shortest_path(g, "A", "G")
except LookupError as e:
    print(type(e).__name__, e)
print(len(g))  # lookups via __getitem__ may create vertices
shortest_path(g, "G", "A")
