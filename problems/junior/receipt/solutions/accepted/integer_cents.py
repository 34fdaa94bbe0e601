import sys


def parse_cents(text):
    # "3" -> 300, "3.5" -> 350, "0.05" -> 5: from the digits, never a float.
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
        line_total = qty * price
        subtotal += line_total
        out.append(f"{name:<16}{qty:>4} x {money(price):>8} = {money(line_total):>12}")
    # 15% of the subtotal in cents, a half rounded up: floor(x * 15 / 100 + 1/2).
    discount = (subtotal * 15 + 50) // 100 if subtotal >= 100_00 else 0
    out.append("-" * 46)
    out.append(f"{'SUBTOTAL':<30}{money(subtotal):>16}")
    out.append(f"{'DISCOUNT':<30}{money(discount):>16}")
    out.append(f"{'TOTAL':<30}{money(subtotal - discount):>16}")
    print("\n".join(out))


main()
