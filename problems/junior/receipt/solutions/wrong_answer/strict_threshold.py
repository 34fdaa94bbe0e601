import sys


# Mistake: "at least 100.00" written as `>`: a subtotal of exactly 100.00
# gets no discount.
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
    discount = (subtotal * 15 + 50) // 100 if subtotal > 100_00 else 0
    out.append("-" * 46)
    out.append(f"{'SUBTOTAL':<30}{money(subtotal):>16}")
    out.append(f"{'DISCOUNT':<30}{money(discount):>16}")
    out.append(f"{'TOTAL':<30}{money(subtotal - discount):>16}")
    print("\n".join(out))


main()
