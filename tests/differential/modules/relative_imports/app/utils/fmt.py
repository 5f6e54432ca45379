def bracket(s):
    return "[" + s + "]"
