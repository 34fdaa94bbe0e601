import sys
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def main():
    out = []
    subtotal = Decimal(0)
    for line in sys.stdin.read().splitlines():
        name, qty, price = line.split(",")
        qty, price = int(qty), Decimal(price)   # Decimal("3.5") is exact
        line_total = qty * price
        subtotal += line_total
        out.append(f"{name:<16}{qty:>4} x {price:>8,.2f} = {line_total:>12,.2f}")
    discount = Decimal(0)
    if subtotal >= 100:
        # quantize rounds half to even unless told otherwise.
        discount = (subtotal * Decimal("0.15")).quantize(CENT, rounding=ROUND_HALF_UP)
    out.append("-" * 46)
    out.append(f"{'SUBTOTAL':<30}{subtotal:>16,.2f}")
    out.append(f"{'DISCOUNT':<30}{discount:>16,.2f}")
    out.append(f"{'TOTAL':<30}{subtotal - discount:>16,.2f}")
    print("\n".join(out))


main()
