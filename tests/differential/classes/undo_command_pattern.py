# Command pattern with undo/redo: command classes, a history stack, a document model.
class Document:
    def __init__(self, text=""): self.text = text
    def __repr__(self): return f"Document({self.text!r})"

class Command:
    def execute(self, doc): raise NotImplementedError
    def undo(self, doc): raise NotImplementedError
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if not k.startswith("_"))
        return f"{type(self).__name__}({fields})"

class Insert(Command):
    def __init__(self, pos, s): self.pos, self.s = pos, s
    def execute(self, doc):
        doc.text = doc.text[:self.pos] + self.s + doc.text[self.pos:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + doc.text[self.pos + len(self.s):]

class Delete(Command):
    def __init__(self, pos, n): self.pos, self.n = pos, n
    def execute(self, doc):
        self._removed = doc.text[self.pos:self.pos + self.n]
        doc.text = doc.text[:self.pos] + doc.text[self.pos + self.n:]
    def undo(self, doc):
        doc.text = doc.text[:self.pos] + self._removed + doc.text[self.pos:]

class Upper(Command):
    def execute(self, doc):
        self._old = doc.text
        doc.text = doc.text.upper()
    def undo(self, doc):
        doc.text = self._old

class Editor:
    def __init__(self, doc):
        self.doc, self.done, self.undone = doc, [], []
    def __call__(self, cmd):
        cmd.execute(self.doc)
        self.done.append(cmd)
        self.undone.clear()
        return self
    def undo(self):
        if not self.done:
            raise IndexError("nothing to undo")
        cmd = self.done.pop()
        cmd.undo(self.doc)
        self.undone.append(cmd)
        return self
    def redo(self):
        cmd = self.undone.pop()
        cmd.execute(self.doc)
        self.done.append(cmd)
        return self

ed = Editor(Document("hello"))
ed(Insert(5, " world"))(Delete(0, 1))(Insert(0, "J"))(Upper())
print(ed.doc, ed.done)
print(ed.undo().doc.text, ed.undo().doc.text, ed.redo().doc.text, ed.undone)
ed(Insert(0, ">> "))
print(ed.doc, ed.undone, len(ed.done))
while ed.done:
    ed.undo()
print(ed.doc, [type(c).__name__ for c in ed.undone])
try:
    ed.undo()
except IndexError as e:
    print(type(e).__name__, e)
Command().execute(ed.doc)
