from typing import Callable


def make_multipliers(factors: list[float]) -> list[Callable[[float], float]]:
    """Return a list of functions: the i-th takes x and returns factors[i] * x.

    Each function keeps its own factor, even if factors changes later.
    """
    raise NotImplementedError("write your solution here")
