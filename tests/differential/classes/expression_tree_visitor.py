# An expression tree with operator overloading, evaluation and a visitor.
class Expr:
    def __add__(self, o): return BinOp("+", self, wrap(o))
    def __radd__(self, o): return BinOp("+", wrap(o), self)
    def __sub__(self, o): return BinOp("-", self, wrap(o))
    def __rsub__(self, o): return BinOp("-", wrap(o), self)
    def __mul__(self, o): return BinOp("*", self, wrap(o))
    def __rmul__(self, o): return BinOp("*", wrap(o), self)
    def __truediv__(self, o): return BinOp("/", self, wrap(o))
    def __pow__(self, o): return BinOp("**", self, wrap(o))
    def __neg__(self): return Neg(self)
    def accept(self, visitor):
        return getattr(visitor, "visit_" + type(self).__name__)(self)

def wrap(v):
    return v if isinstance(v, Expr) else Const(v)

class Const(Expr):
    def __init__(self, value): self.value = value

class Var(Expr):
    def __init__(self, name): self.name = name

class Neg(Expr):
    def __init__(self, operand): self.operand = operand

class BinOp(Expr):
    def __init__(self, op, left, right): self.op, self.left, self.right = op, left, right

class Printer:
    def visit_Const(self, e): return repr(e.value)
    def visit_Var(self, e): return e.name
    def visit_Neg(self, e): return "(-" + e.operand.accept(self) + ")"
    def visit_BinOp(self, e): return "(%s %s %s)" % (e.left.accept(self), e.op, e.right.accept(self))

class Evaluator:
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": lambda a, b: a / b, "**": lambda a, b: a ** b}
    def __init__(self, env): self.env = env
    def visit_Const(self, e): return e.value
    def visit_Var(self, e): return self.env[e.name]
    def visit_Neg(self, e): return -e.operand.accept(self)
    def visit_BinOp(self, e): return self.ops[e.op](e.left.accept(self), e.right.accept(self))

class Counter:
    def __getattr__(self, name):
        if name.startswith("visit_"):
            kind = name[6:]
            def visit(e):
                children = [getattr(e, a) for a in ("left", "right", "operand") if hasattr(e, a)]
                return {kind: 1} if not children else merge([{kind: 1}] + [c.accept(self) for c in children])
            return visit
        raise AttributeError(name)

def merge(ds):
    out = {}
    for k, v in [kv for d in ds for kv in d.items()]:
        out[k] = out.get(k, 0) + v
    return out

x, y = Var("x"), Var("y")
exprs = [x + 1, 2 * x - y, -(x ** 2) / (y + 0.5), 10 - x * (y + 3), 1 + x + 2]
for e in exprs:
    print(e.accept(Printer()), "=", e.accept(Evaluator({"x": 3, "y": 4})), sorted(e.accept(Counter()).items()))
try:
    (x / (y - 4)).accept(Evaluator({"x": 1, "y": 4}))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
(x + y).accept(Evaluator({"x": 1}))
