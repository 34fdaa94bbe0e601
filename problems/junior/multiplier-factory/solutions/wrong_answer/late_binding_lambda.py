# Mistake: the classic one-liner. Every lambda closes over the same variable
# f of the comprehension, looked up when the lambda is *called*, by which
# time f is the last factor: all functions multiply by factors[-1].
def make_multipliers(factors):
    return [lambda x: f * x for f in factors]
