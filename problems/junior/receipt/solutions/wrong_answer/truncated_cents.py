import sys


# Mistake: converts a price to cents with int(float(price) * 100). int()
# truncates, and 1.15 * 100 is 114.99999999999999, so 1.15 becomes 114
# cents.
def money(cents):
    return f"{cents // 100:,}.{cents % 100:02d}"


def main():
    out = []
    subtotal = 0
    for line in sys.stdin.read().splitlines():
        name, qty, price = line.split(",")
        qty, price = int(qty), int(float(price) * 100)
        line_total = qty * price
        subtotal += line_total
        out.append(f"{name:<16}{qty:>4} x {money(price):>8} = {money(line_total):>12}")
    discount = (subtotal * 15 + 50) // 100 if subtotal >= 100_00 else 0
    out.append("-" * 46)
    out.append(f"{'SUBTOTAL':<30}{money(subtotal):>16}")
    out.append(f"{'DISCOUNT':<30}{money(discount):>16}")
    out.append(f"{'TOTAL':<30}{money(subtotal - discount):>16}")
    print("\n".join(out))


main()
