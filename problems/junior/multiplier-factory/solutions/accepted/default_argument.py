def make_multipliers(factors):
    # A default value is evaluated when the lambda is created, so each
    # lambda holds the factor of its own iteration.
    return [lambda x, f=f: f * x for f in factors]
