# Objects built from closures: a bank account with a dispatch dictionary.
def account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError("deposit must be positive")
        balance += amount
        history.append(("dep", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, balance))
        balance -= amount
        history.append(("wd", amount))
        return balance

    def report():
        return "%s: %d after %d ops" % (owner, balance, len(history))

    ops = {"deposit": deposit, "withdraw": withdraw, "report": report,
           "history": lambda: list(history)}

    def dispatch(op, *args):
        try:
            fn = ops[op]
        except KeyError:
            raise AttributeError("no operation %r" % op) from None
        return fn(*args)
    return dispatch

acct = account("ann", 100)
other = account("bob")
print(acct("deposit", 50), acct("withdraw", 30), other("deposit", 5))
for op, args in [("withdraw", (500,)), ("deposit", (-1,)), ("fly", ())]:
    try:
        acct(op, *args)
    except (ValueError, AttributeError) as e:
        print(type(e).__name__, e)
print(acct("report"), "|", other("report"))
print(acct("history"))
acct("withdraw", 1000)
