# `import a.b as c` binds the submodule itself; `import m as alias` renames.
import tools.text as t
import helpers as h
import sys

print(t.shout("hi"), t.whisper("psst"))
print(h.add(2, 3))
print(t.__name__, h.__name__)
print(t is sys.modules["tools.text"], h is sys.modules["helpers"])
try:
    print(helpers)
except NameError as e:
    print(type(e).__name__, e)
try:
    print(tools)
except NameError as e:
    print(type(e).__name__, e)
import tools

print(tools.NAME, tools.text is t)
