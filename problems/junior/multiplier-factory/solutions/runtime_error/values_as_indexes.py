# Mistake: `for i in factors` gives the factors, not their positions, and
# the lambdas then use them as indexes into the list: factors[5] of a list
# of three raises IndexError, a float index raises TypeError.
def make_multipliers(factors):
    return [lambda x, i=i: factors[i] * x for i in factors]
