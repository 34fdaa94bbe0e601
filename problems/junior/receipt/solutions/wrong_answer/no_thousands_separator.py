import sys
from decimal import ROUND_HALF_UP, Decimal


# Mistake: the habitual `.2f` format, without the `,` that groups
# thousands: 1234.50 instead of 1,234.50.
def main():
    out = []
    subtotal = Decimal(0)
    for line in sys.stdin.read().splitlines():
        name, qty, price = line.split(",")
        qty, price = int(qty), Decimal(price)
        subtotal += qty * price
        out.append(f"{name:<16}{qty:>4} x {price:>8.2f} = {qty * price:>12.2f}")
    discount = Decimal(0)
    if subtotal >= 100:
        discount = (subtotal * Decimal("0.15")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    out.append("-" * 46)
    out.append(f"{'SUBTOTAL':<30}{subtotal:>16.2f}")
    out.append(f"{'DISCOUNT':<30}{discount:>16.2f}")
    out.append(f"{'TOTAL':<30}{subtotal - discount:>16.2f}")
    print("\n".join(out))


main()
