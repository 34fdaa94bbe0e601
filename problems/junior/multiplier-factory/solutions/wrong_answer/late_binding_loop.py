# Mistake: the same late binding in a for loop with a nested def: every
# `multiply` reads the loop variable i when it runs, and i ends up as the
# last index.
def make_multipliers(factors):
    funcs = []
    for i in range(len(factors)):
        def multiply(x):
            return factors[i] * x

        funcs.append(multiply)
    return funcs
