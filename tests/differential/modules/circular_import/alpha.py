print("alpha: start")
import beta

NAME = "alpha"


def hello():
    return "alpha.hello sees " + beta.NAME


def ping(n):
    if n == 0:
        return "done in alpha"
    return beta.pong(n - 1)


print("alpha: end")
