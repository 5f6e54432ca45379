# A bank account simulation with inheritance, properties and custom errors.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.amount = amount

class Account:
    _next_id = 1
    fee = 0
    def __init__(self, owner, balance=0):
        self.owner, self._balance, self.history = owner, balance, []
        self.id = Account._next_id
        Account._next_id += 1
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        total = amount + self.fee
        if total > self.available():
            raise InsufficientFunds(self, amount)
        self._balance -= total
        self.history.append(("wd", amount))
        return self
    def available(self):
        return self._balance
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self._balance})"
    def __lt__(self, other):
        return self._balance < other._balance

class Checking(Account):
    fee = 1
    overdraft = 50
    def available(self):
        return super().available() + self.overdraft

class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self._balance * self.rate, 2)
        return self.deposit(interest)

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print("transfer failed:", e)
        return False
    dst.deposit(amount)
    return True

a, b, c = Account("ann", 100), Checking("bob", 20), Savings("cy", 1000)
print(a, b, c, transfer(a, b, 30), transfer(b, a, 90), transfer(b, a, 10), transfer(a, c, 500))
print(c.add_interest(), sorted([a, b, c]), max(a, b, c))
print(a.history, b.history)
try:
    a.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.balance = 10**6
except AttributeError as e:
    print(type(e).__name__, e)
b.withdraw(1000)
