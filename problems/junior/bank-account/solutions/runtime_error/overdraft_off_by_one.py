# Mistake: < instead of <= at the boundary: a withdrawal that lands exactly
# on the lowest allowed balance is refused (a checking account cannot reach
# -limit, a savings account cannot be emptied). The refusal is an exception
# where a balance was expected, so the verdict is a runtime error.
class InsufficientFunds(ValueError):
    """A withdrawal or transfer would go below what the account allows."""


def _check_amount(amount: int) -> None:
    if amount <= 0:
        raise ValueError("amount must be positive, got %r" % (amount,))


class Account:
    def __init__(self, number: int):
        self.number = number
        self.balance = 0
        self.history: list[int] = []      # per instance, never at class level

    def lowest_allowed(self) -> int:
        return 0

    def can_withdraw(self, amount: int) -> bool:
        return self.balance - amount > self.lowest_allowed()

    def deposit(self, amount: int) -> int:
        _check_amount(amount)
        self.balance += amount
        self.history.append(amount)
        return self.balance

    def withdraw(self, amount: int) -> int:
        _check_amount(amount)
        if not self.can_withdraw(amount):
            raise InsufficientFunds("account %d cannot pay %d" % (self.number, amount))
        self.balance -= amount
        self.history.append(-amount)
        return self.balance

    def interest(self) -> int:
        return 0

    def add_interest(self) -> int:
        paid = self.interest()
        if paid > 0:
            self.balance += paid
            self.history.append(paid)
        return paid


class CheckingAccount(Account):
    def __init__(self, number: int, overdraft_limit: int):
        if overdraft_limit < 0:
            raise ValueError("overdraft limit must not be negative")
        super().__init__(number)
        self.overdraft_limit = overdraft_limit

    def lowest_allowed(self) -> int:
        return -self.overdraft_limit


class SavingsAccount(Account):
    def __init__(self, number: int, rate_bp: int):
        if rate_bp < 0:
            raise ValueError("rate must not be negative")
        super().__init__(number)
        self.rate_bp = rate_bp

    def interest(self) -> int:
        if self.balance <= 0:
            return 0
        return self.balance * self.rate_bp // 10000


class Bank:
    def __init__(self):
        self._accounts: dict[int, Account] = {}

    def _open(self, cls, setting: int) -> int:
        number = len(self._accounts) + 1
        self._accounts[number] = cls(number, setting)   # raises before the number is used
        return number

    def open_checking(self, overdraft_limit: int) -> int:
        return self._open(CheckingAccount, overdraft_limit)

    def open_savings(self, rate_bp: int) -> int:
        return self._open(SavingsAccount, rate_bp)

    def _get(self, number: int) -> Account:
        try:
            return self._accounts[number]
        except KeyError:
            raise KeyError("no account %r" % (number,)) from None

    def deposit(self, number: int, amount: int) -> int:
        return self._get(number).deposit(amount)

    def withdraw(self, number: int, amount: int) -> int:
        return self._get(number).withdraw(amount)

    def transfer(self, from_number: int, to_number: int, amount: int) -> None:
        source, target = self._get(from_number), self._get(to_number)
        if source is target:
            raise ValueError("cannot transfer from an account to itself")
        source.withdraw(amount)      # validates everything that can still fail
        target.deposit(amount)

    def balance(self, number: int) -> int:
        return self._get(number).balance

    def history(self, number: int) -> list[int]:
        return list(self._get(number).history)

    def add_interest(self) -> int:
        return sum(account.add_interest() for account in self._accounts.values())
