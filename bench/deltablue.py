"""DeltaBlue incremental constraint solver: classes, inheritance and method dispatch."""

ITERATIONS = 400
SIZE = 100
# Strengths: a smaller number is a stronger constraint.
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = range(7)
NONE, FORWARD, BACKWARD = range(3)

class Variable:
    def __init__(self, value):
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

class Constraint:
    is_input = False

    def __init__(self, strength, planner):
        self.strength = strength
        self.add_to_graph()
        planner.incremental_add(self)

    def satisfy(self, mark, planner):
        # Pick a method; if satisfiable, enforce it and return the overridden constraint.
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength == REQUIRED:
                raise RuntimeError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            raise RuntimeError("cycle encountered")
        out.mark = mark
        return overridden

    def destroy(self, planner):
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()

class UnaryConstraint(Constraint):
    def __init__(self, v, strength, planner):
        self.out, self.satisfied = v, False
        super().__init__(strength, planner)
    def add_to_graph(self):
        self.out.constraints.append(self)
        self.satisfied = False
    def remove_from_graph(self):
        self.out.constraints.remove(self)
        self.satisfied = False
    def choose_method(self, mark):
        self.satisfied = self.out.mark != mark and self.strength < self.out.walk_strength
    def is_satisfied(self): return self.satisfied
    def mark_unsatisfied(self): self.satisfied = False
    def mark_inputs(self, mark): pass
    def inputs_known(self, mark): return True
    def output(self): return self.out
    def recalculate(self):
        self.out.walk_strength = self.strength
        self.out.stay = not self.is_input
        if self.out.stay:
            self.execute()

class StayConstraint(UnaryConstraint):
    def execute(self): pass

class EditConstraint(UnaryConstraint):
    is_input = True
    def execute(self): pass

class BinaryConstraint(Constraint):
    def __init__(self, v1, v2, strength, planner):
        self.v1, self.v2, self.direction = v1, v2, NONE
        super().__init__(strength, planner)
    def add_to_graph(self):
        self.v1.constraints.append(self)
        self.v2.constraints.append(self)
        self.direction = NONE
    def remove_from_graph(self):
        self.v1.constraints.remove(self)
        self.v2.constraints.remove(self)
        self.direction = NONE
    def choose_method(self, mark):
        v1, v2, s = self.v1, self.v2, self.strength
        if v1.mark == mark:
            self.direction = FORWARD if v2.mark != mark and s < v2.walk_strength else NONE
        elif v2.mark == mark:
            self.direction = BACKWARD if s < v1.walk_strength else NONE
        elif v1.walk_strength > v2.walk_strength:
            self.direction = BACKWARD if s < v1.walk_strength else NONE
        else:
            self.direction = FORWARD if s < v2.walk_strength else NONE
    def is_satisfied(self): return self.direction != NONE
    def mark_unsatisfied(self): self.direction = NONE
    def mark_inputs(self, mark): self.input().mark = mark
    def input(self): return self.v1 if self.direction == FORWARD else self.v2
    def output(self): return self.v2 if self.direction == FORWARD else self.v1
    def inputs_known(self, mark):
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None
    def input_stay(self): return self.input().stay
    def recalculate(self):
        out = self.output()
        out.walk_strength = max(self.strength, self.input().walk_strength)
        out.stay = self.input_stay()
        if out.stay:
            self.execute()

class EqualityConstraint(BinaryConstraint):
    def execute(self): self.output().value = self.input().value

class ScaleConstraint(BinaryConstraint):
    # dest = src * scale + offset, solvable in either direction.
    def __init__(self, src, scale, offset, dest, strength, planner):
        self.scale, self.offset = scale, offset
        super().__init__(src, dest, strength, planner)
    def add_to_graph(self):
        super().add_to_graph()
        self.scale.constraints.append(self)
        self.offset.constraints.append(self)
    def remove_from_graph(self):
        super().remove_from_graph()
        self.scale.constraints.remove(self)
        self.offset.constraints.remove(self)
    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark
    def input_stay(self): return self.input().stay and self.scale.stay and self.offset.stay
    def execute(self):
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

class Planner:
    def __init__(self):
        self.current_mark = 0

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        mark = self.new_mark()
        overridden = c.satisfy(mark, self)
        while overridden is not None:
            overridden = overridden.satisfy(mark, self)

    def incremental_remove(self, c):
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        # Re-add the constraints it was blocking, strongest first.
        for strength in range(REQUIRED, WEAKEST):
            for u in unsatisfied:
                if u.strength == strength:
                    self.incremental_add(u)

    def extract_plan(self, constraints):
        # Build an ordered list of constraints to execute, starting at the inputs.
        mark = self.new_mark()
        plan = []
        todo = [c for c in constraints if c.is_input and c.is_satisfied()]
        while todo:
            c = todo.pop(0)
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.append(c)
                out.mark = mark
                self.add_consumers(out, todo)
        return plan

    def add_propagate(self, c, mark):
        # Recompute walk strengths downstream of c; fail on a cycle.
        todo = [c]
        while todo:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_consumers(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            for c in v.constraints:
                if c is not v.determined_by and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_consumers(self, v, todo):
        for c in v.constraints:
            if c is not v.determined_by and c.is_satisfied():
                todo.append(c)

def check(ok, what):
    if not ok:
        raise RuntimeError(what + " failed")

def run_plan(plan):
    for c in plan:
        c.execute()

def chain_test(n):
    # A chain of equalities; editing the head must propagate to the tail.
    planner = Planner()
    chain = [Variable(0) for _ in range(n + 1)]
    for i in range(n):
        EqualityConstraint(chain[i], chain[i + 1], REQUIRED, planner)
    StayConstraint(chain[n], STRONG_DEFAULT, planner)
    edit = EditConstraint(chain[0], PREFERRED, planner)
    plan = planner.extract_plan([edit])
    total = 0
    for i in range(100):
        chain[0].value = i
        run_plan(plan)
        check(chain[n].value == i, "chain test")
        total += chain[n].value
    edit.destroy(planner)
    return total

def change(planner, v, new_value):
    edit = EditConstraint(v, PREFERRED, planner)
    plan = planner.extract_plan([edit])
    for _ in range(10):
        v.value = new_value
        run_plan(plan)
    edit.destroy(planner)

def projection_test(n):
    # Many dest = src * scale + offset constraints sharing scale and offset.
    planner = Planner()
    scale, offset = Variable(10), Variable(1000)
    dests = []
    for i in range(n):
        src, dst = Variable(i), Variable(i)
        dests.append(dst)
        StayConstraint(src, NORMAL, planner)
        ScaleConstraint(src, scale, offset, dst, REQUIRED, planner)
    change(planner, src, 17)
    check(dst.value == 1170, "projection 1")
    change(planner, dst, 1050)
    check(src.value == 5, "projection 2")
    change(planner, scale, 5)
    check(all(dests[i].value == i * 5 + 1000 for i in range(n - 1)), "projection 3")
    change(planner, offset, 2000)
    check(all(dests[i].value == i * 5 + 2000 for i in range(n - 1)), "projection 4")
    return sum(d.value for d in dests)

def main():
    chain_total = projection_total = 0
    for _ in range(ITERATIONS):
        chain_total += chain_test(SIZE)
        projection_total += projection_test(SIZE)
    print("chain total:", chain_total)
    print("projection total:", projection_total)

main()
