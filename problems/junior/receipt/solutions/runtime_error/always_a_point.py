import sys


# Mistake: assumes every price has a decimal point; "3" splits into one
# part and the unpacking raises ValueError.
def money(cents):
    return f"{cents // 100:,}.{cents % 100:02d}"


def main():
    out = []
    subtotal = 0
    for line in sys.stdin.read().splitlines():
        name, qty, price = line.split(",")
        whole, frac = price.split(".")
        cents = int(whole) * 100 + int(frac.ljust(2, "0"))
        line_total = int(qty) * cents
        subtotal += line_total
        out.append(f"{name:<16}{int(qty):>4} x {money(cents):>8} = {money(line_total):>12}")
    discount = (subtotal * 15 + 50) // 100 if subtotal >= 100_00 else 0
    out.append("-" * 46)
    out.append(f"{'SUBTOTAL':<30}{money(subtotal):>16}")
    out.append(f"{'DISCOUNT':<30}{money(discount):>16}")
    out.append(f"{'TOTAL':<30}{money(subtotal - discount):>16}")
    print("\n".join(out))


main()
