from functools import partial
from operator import mul


def make_multipliers(factors):
    # partial stores its arguments when it is created: no closure at all.
    return [partial(mul, f) for f in factors]
