# Subclasses of bytes and bytearray.
class Packet(bytearray):
    def checksum(self):
        return sum(self) % 256

p = Packet(b"\x01\x02\x03")
p.append(4)
p += b"\x05"
print(type(p).__name__, repr(p), p.checksum(), len(p), p[1:3], type(p[1:3]).__name__)
print(type(p.upper()).__name__, type(p.copy()).__name__, p == b"\x01\x02\x03\x04\x05")

class Named(bytearray):
    def __init__(self, name, data):
        super().__init__(data)
        self.name = name
n = Named("n", b"payload")
print(n.name, n, n.find(b"load"))

class Empty(bytearray):
    pass
print(repr(Empty()), repr(Empty(3)), repr(Empty("x", "ascii")), Empty.fromhex("41 42"), type(Empty.fromhex("41")).__name__)

class Tag(bytes):
    def shout(self):
        return self.upper() + b"!"
t = Tag(b"tag")
print(repr(t), t.shout(), type(t.shout()).__name__, type(t + b"x").__name__, t == b"tag", hash(t) == hash(b"tag"))
print(type(Tag.fromhex("61")).__name__, Tag.fromhex("61"), isinstance(t, bytes), type(t[0]).__name__, type(t[:1]).__name__)
print(bytes(t), type(bytes(t)).__name__)
