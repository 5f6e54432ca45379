# A tiny calculator: Token class, Lexer iterator, recursive-descent Parser class.
class Token:
    __slots__ = ("kind", "text")
    def __init__(self, kind, text):
        self.kind, self.text = kind, text
    def __repr__(self): return f"{self.kind}:{self.text}"
    def __eq__(self, other): return isinstance(other, Token) and (self.kind, self.text) == (other.kind, other.text)
    __hash__ = None

class Lexer:
    def __init__(self, src):
        self.src, self.pos = src, 0
    def __iter__(self): return self
    def __next__(self):
        while self.pos < len(self.src) and self.src[self.pos] == " ":
            self.pos += 1
        if self.pos >= len(self.src):
            raise StopIteration
        ch = self.src[self.pos]
        if ch.isdigit():
            start = self.pos
            while self.pos < len(self.src) and self.src[self.pos].isdigit():
                self.pos += 1
            return Token("NUM", self.src[start:self.pos])
        if ch in "+-*/()":
            self.pos += 1
            return Token("OP", ch)
        raise SyntaxError(f"unexpected character {ch!r} at {self.pos}")

class Parser:
    def __init__(self, text):
        self.tokens = list(Lexer(text)) + [Token("EOF", "")]
        self.i = 0
    def peek(self): return self.tokens[self.i]
    def take(self):
        self.i += 1
        return self.tokens[self.i - 1]
    def parse(self):
        value = self.expr()
        if self.peek().kind != "EOF":
            raise SyntaxError(f"trailing input at {self.peek()!r}")
        return value
    def expr(self):
        value = self.term()
        while self.peek() in (Token("OP", "+"), Token("OP", "-")):
            value = value + self.term() if self.take().text == "+" else value - self.term()
        return value
    def term(self):
        value = self.atom()
        while self.peek() in (Token("OP", "*"), Token("OP", "/")):
            value = value * self.atom() if self.take().text == "*" else value // self.atom()
        return value
    def atom(self):
        tok = self.take()
        if tok.kind == "NUM": return int(tok.text)
        if tok == Token("OP", "("):
            value = self.expr()
            if self.take() != Token("OP", ")"):
                raise SyntaxError("expected )")
            return value
        if tok == Token("OP", "-"): return -self.atom()
        raise SyntaxError(f"unexpected token {tok!r}")

print(list(Lexer("12 + (3*4)")))
for src in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - -2", "2 * (3 + (4 - 1)) * 2", "1 +", "2 $ 3", "(1", "1 2"]:
    try:
        print(src, "=", Parser(src).parse())
    except (SyntaxError, ZeroDivisionError) as e:
        print(src, "->", type(e).__name__, e)
Parser("8 / (4 - 4)").parse()
