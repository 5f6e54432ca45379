def shout(s):
    return s + "!"


def whisper(s):
    return "(" + s + ")"
