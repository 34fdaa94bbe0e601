import sys
from decimal import Decimal


# Mistake: exact Decimal arithmetic, but quantize's default rounding is
# ROUND_HALF_EVEN: 15.045 becomes 15.04, where the receipt rounds a half
# cent up (15.05).
def main():
    out = []
    subtotal = Decimal(0)
    for line in sys.stdin.read().splitlines():
        name, qty, price = line.split(",")
        qty, price = int(qty), Decimal(price)
        line_total = qty * price
        subtotal += line_total
        out.append(f"{name:<16}{qty:>4} x {price:>8,.2f} = {line_total:>12,.2f}")
    discount = Decimal(0)
    if subtotal >= 100:
        discount = (subtotal * Decimal("0.15")).quantize(Decimal("0.01"))
    out.append("-" * 46)
    out.append(f"{'SUBTOTAL':<30}{subtotal:>16,.2f}")
    out.append(f"{'DISCOUNT':<30}{discount:>16,.2f}")
    out.append(f"{'TOTAL':<30}{subtotal - discount:>16,.2f}")
    print("\n".join(out))


main()
