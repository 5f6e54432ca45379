# Local variables shadow globals; parameters are local.
x = "global"


def read_global():
    return x


def shadow():
    x = "local"
    return x


def param(x):
    x = x + "!"
    return x


print(read_global(), shadow(), param("arg"), x)


def modify_list(lst):
    lst.append(4)
    lst = [0]
    return lst


data = [1, 2, 3]
print(modify_list(data), data)


def counter():
    total = 0
    for i in range(5):
        total += i
    return total


print(counter(), counter())
