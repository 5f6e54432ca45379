# global declarations, module state and the interaction with local scopes.
counter = 0
names = []

def bump():
    global counter
    counter += 1
    return counter

def shadow():
    counter = "local"
    return counter

def create_new_global():
    global brand_new
    brand_new = "created inside function"

print(bump(), bump(), shadow(), counter)
create_new_global()
print(brand_new)

def append_no_global():
    names.append(len(names))  # mutation of a global needs no declaration
append_no_global(); append_no_global()
print(names)

def nested_global():
    counter = "enclosing local"
    def inner():
        global counter
        counter = 1000
    inner()
    return counter
print(nested_global(), counter)

def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    counter = 5
    return counter
print(unbound())

def global_in_loop():
    global counter
    for i in range(3):
        counter += i
global_in_loop()
print(counter)

def del_global():
    global brand_new
    del brand_new
del_global()
print("brand_new" in globals())
print(brand_new)
