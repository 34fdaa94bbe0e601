class InsufficientFunds(ValueError):
    pass


class Account:
    """Base: no overdraft, no interest. Subclasses override what differs."""

    def __init__(self, number):
        self.number = number
        self._balance = 0
        self._changes = []

    @property
    def balance(self):
        return self._balance

    @property
    def history(self):
        return self._changes.copy()

    def _record(self, change):
        self._balance += change
        self._changes.append(change)

    @staticmethod
    def _positive(amount):
        if amount <= 0:
            raise ValueError("amount must be positive")

    def deposit(self, amount):
        self._positive(amount)
        self._record(amount)
        return self._balance

    def check_withdrawal(self, amount):
        self._positive(amount)
        if amount > self._balance:
            raise InsufficientFunds("not enough money")

    def withdraw(self, amount):
        self.check_withdrawal(amount)
        self._record(-amount)
        return self._balance

    def add_interest(self):
        return 0


class CheckingAccount(Account):
    def __init__(self, number, overdraft_limit):
        if overdraft_limit < 0:
            raise ValueError("negative overdraft limit")
        super().__init__(number)
        self.overdraft_limit = overdraft_limit

    def check_withdrawal(self, amount):
        self._positive(amount)
        if self._balance - amount < -self.overdraft_limit:
            raise InsufficientFunds("over the overdraft limit")


class SavingsAccount(Account):
    def __init__(self, number, rate_bp):
        if rate_bp < 0:
            raise ValueError("negative rate")
        super().__init__(number)
        self.rate_bp = rate_bp

    def add_interest(self):
        interest = self._balance * self.rate_bp // 10000 if self._balance > 0 else 0
        if interest:
            self._record(interest)
        return interest


class Bank:
    def __init__(self):
        self._accounts = []          # account n is self._accounts[n - 1]

    def _add(self, account_type, setting):
        account = account_type(len(self._accounts) + 1, setting)
        self._accounts.append(account)
        return account.number

    def open_checking(self, overdraft_limit):
        return self._add(CheckingAccount, overdraft_limit)

    def open_savings(self, rate_bp):
        return self._add(SavingsAccount, rate_bp)

    def _get(self, number):
        if not isinstance(number, int) or not 1 <= number <= len(self._accounts):
            raise KeyError(number)
        return self._accounts[number - 1]

    def deposit(self, number, amount):
        return self._get(number).deposit(amount)

    def withdraw(self, number, amount):
        return self._get(number).withdraw(amount)

    def transfer(self, from_number, to_number, amount):
        source, target = self._get(from_number), self._get(to_number)
        if source is target:
            raise ValueError("same account")
        source.check_withdrawal(amount)
        source.withdraw(amount)
        target.deposit(amount)

    def balance(self, number):
        return self._get(number).balance

    def history(self, number):
        return self._get(number).history

    def add_interest(self):
        return sum(a.add_interest() for a in self._accounts)
