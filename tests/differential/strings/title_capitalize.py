# title and capitalize: word boundaries, apostrophes, titlecase digraphs.
texts = ["hello world", "HELLO WORLD", "they're bill's friends", "3rd time", "hello_world-foo.bar",
         "ǆemal ǉubljana", "ǅ", "élan vital", "ΣΑΣ ΟΔΟΣ", "ﬁsh ﬂag", "ßa", "a1b2c3", "", "  ", "x"]
for s in texts:
    print(repr(s), repr(s.title()), repr(s.capitalize()), s.title().istitle())
