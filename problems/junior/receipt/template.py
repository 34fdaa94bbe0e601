import sys


def main():
    for line in sys.stdin.read().splitlines():
        name, qty, price = line.split(",")
        # parse, compute in exact amounts, and print the receipt
    raise NotImplementedError("write your solution here")


main()
