# **kwargs collects extra keyword arguments into a dict (in call order).
def show(**kwargs):
    print("kwargs", kwargs, len(kwargs))
    for k in kwargs:
        print(" ", k, "=", kwargs[k])


show()
show(b=2, a=1)
show(**{"z": 26, "y": 25}, x=24)


def everything(a, *args, key="k", **kwargs):
    print(a, args, key, kwargs)


everything(1)
everything(1, 2, 3)
everything(1, key="K", extra=True)
everything(1, 2, z=3, key=4, y=5)
opts = {"key": "from dict", "other": 0}
everything(*[9, 8], **opts)
d = {"a": 1}
show(**d)
d["b"] = 2
print(d)
