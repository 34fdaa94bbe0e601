import sys


# Mistake: money in floats. Parsing, multiplying and adding are close enough
# to print right, but a discount that ends in a half cent is not exactly a
# half in binary: round(100.10 * 0.15, 2) gives 15.01, not 15.02.
def main():
    out = []
    subtotal = 0.0
    for line in sys.stdin.read().splitlines():
        name, qty, price = line.split(",")
        qty, price = int(qty), float(price)
        line_total = qty * price
        subtotal += line_total
        out.append(f"{name:<16}{qty:>4} x {price:>8,.2f} = {line_total:>12,.2f}")
    discount = round(subtotal * 0.15, 2) if subtotal >= 100 else 0.0
    out.append("-" * 46)
    out.append(f"{'SUBTOTAL':<30}{subtotal:>16,.2f}")
    out.append(f"{'DISCOUNT':<30}{discount:>16,.2f}")
    out.append(f"{'TOTAL':<30}{subtotal - discount:>16,.2f}")
    print("\n".join(out))


main()
