def greet(name):
    return f"Hello, {name}!"


squares = [i * i for i in range(10)]
print(greet("world"))
print(sum(squares), squares[-3:])
