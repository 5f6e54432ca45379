# A recursive-descent parser that uses exceptions for backtracking.
class NoMatch(Exception):
    def __init__(self, pos, expected):
        super().__init__(pos, expected)
        self.pos = pos
        self.expected = expected

class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def lit(self, s):
        if self.text.startswith(s, self.pos):
            self.pos += len(s)
            return s
        raise NoMatch(self.pos, s)

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos].isdigit():
            self.pos += 1
        if start == self.pos:
            raise NoMatch(start, "digit")
        return int(self.text[start:self.pos])

    def choice(self, *alts):
        start = self.pos
        errors = []
        for alt in alts:
            try:
                return alt()
            except NoMatch as e:
                errors.append(e)
                self.pos = start  # backtrack
        best = max(errors, key=lambda e: e.pos)
        raise NoMatch(best.pos, "/".join(dict.fromkeys(e.expected for e in errors if e.pos == best.pos)))

    # expr := term '+' expr | term '-' expr | term
    def expr(self):
        def plus():
            t = self.term(); self.lit("+"); return ("+", t, self.expr())
        def minus():
            t = self.term(); self.lit("-"); return ("-", t, self.expr())
        return self.choice(plus, minus, self.term)

    # term := '(' expr ')' | number
    def term(self):
        def paren():
            self.lit("("); e = self.expr(); self.lit(")"); return e
        return self.choice(paren, self.number)

def evaluate(t):
    if isinstance(t, int):
        return t
    op, a, b = t
    return evaluate(a) + evaluate(b) if op == "+" else evaluate(a) - evaluate(b)

for src in ["1+2", "10-(3+4)", "(1)", "7-2-1", "1+", "(2+3", "x"]:
    p = Parser(src)
    try:
        tree = p.expr()
        if p.pos != len(src):
            raise NoMatch(p.pos, "end of input")
        print(src, "=>", tree, "=", evaluate(tree))
    except NoMatch as e:
        print(src, "=> error at", e.pos, "expected", e.expected)
