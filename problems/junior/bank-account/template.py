class InsufficientFunds(ValueError):
    """Raised when a withdrawal or transfer would take an account below the
    lowest balance it may have."""


class Account:
    """What every account has: a number, a balance in cents and a history.

    A suggested design (the judge only uses Bank): put what all accounts
    share here and let the subclasses change only what differs.
    """

    def __init__(self, number: int):
        pass

    def deposit(self, amount: int) -> int:
        pass

    def withdraw(self, amount: int) -> int:
        pass

    def add_interest(self) -> int:
        pass


class CheckingAccount(Account):
    """May be overdrawn, down to -overdraft_limit cents. Earns no interest."""

    def __init__(self, number: int, overdraft_limit: int):
        pass


class SavingsAccount(Account):
    """Never below 0 cents. Earns interest at rate_bp basis points."""

    def __init__(self, number: int, rate_bp: int):
        pass


class Bank:
    """Opens accounts and runs every operation on them by account number."""

    def __init__(self):
        pass

    def open_checking(self, overdraft_limit: int) -> int:
        """Opens a checking account; returns its number."""
        raise NotImplementedError

    def open_savings(self, rate_bp: int) -> int:
        """Opens a savings account; returns its number."""
        raise NotImplementedError

    def deposit(self, number: int, amount: int) -> int:
        """Adds amount cents; returns the new balance."""
        raise NotImplementedError

    def withdraw(self, number: int, amount: int) -> int:
        """Takes amount cents out; returns the new balance."""
        raise NotImplementedError

    def transfer(self, from_number: int, to_number: int, amount: int) -> None:
        """Moves amount cents between two accounts, all or nothing."""
        raise NotImplementedError

    def balance(self, number: int) -> int:
        """Returns the balance in cents."""
        raise NotImplementedError

    def history(self, number: int) -> list:
        """Returns the signed changes of the account's successful operations,
        oldest first."""
        raise NotImplementedError

    def add_interest(self) -> int:
        """Pays interest to every savings account; returns the total paid."""
        raise NotImplementedError
