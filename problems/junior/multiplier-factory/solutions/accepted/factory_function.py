def _multiplier(factor):
    # Each call of _multiplier has its own scope, so each closure sees its
    # own `factor`, which nothing rebinds afterwards.
    def multiply(x):
        return factor * x

    return multiply


def make_multipliers(factors):
    return [_multiplier(f) for f in factors]
