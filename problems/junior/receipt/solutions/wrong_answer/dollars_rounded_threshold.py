import sys


# Mistake: the threshold compared in whole dollars, rounded: a subtotal of
# 99.50 to 99.99 rounds to 100 and gets a discount it has not earned.
def parse_cents(text):
    whole, _, frac = text.partition(".")
    return int(whole) * 100 + int((frac + "00")[:2])


def money(cents):
    return f"{cents // 100:,}.{cents % 100:02d}"


def main():
    out = []
    subtotal = 0
    for line in sys.stdin.read().splitlines():
        name, qty, price = line.split(",")
        qty, price = int(qty), parse_cents(price)
        subtotal += qty * price
        out.append(f"{name:<16}{qty:>4} x {money(price):>8} = {money(qty * price):>12}")
    discount = (subtotal * 15 + 50) // 100 if round(subtotal / 100) >= 100 else 0
    out.append("-" * 46)
    out.append(f"{'SUBTOTAL':<30}{money(subtotal):>16}")
    out.append(f"{'DISCOUNT':<30}{money(discount):>16}")
    out.append(f"{'TOTAL':<30}{money(subtotal - discount):>16}")
    print("\n".join(out))


main()
