# Uncaught float modulo by zero: the message is 'float modulo'.
values = [5.5, 3.0, 0.0]
for v in values:
    print(10.0 % v)
