# Mistake: binds the index early (i=i), but still reads the caller's list
# when called: if the caller changes factors afterwards, the functions
# change too (or raise IndexError).
def make_multipliers(factors):
    return [lambda x, i=i: factors[i] * x for i in range(len(factors))]
