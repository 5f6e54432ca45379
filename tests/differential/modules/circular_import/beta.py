print("beta: start")
import alpha

NAME = "beta"
try:
    print(alpha.NAME)
except AttributeError as e:
    print("beta: too early:", e)


def hello():
    return "beta.hello sees " + alpha.NAME


def pong(n):
    if n == 0:
        return "done in beta"
    return alpha.ping(n - 1)


print("beta: end")
