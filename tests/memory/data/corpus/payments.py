"""Charging customers and issuing refunds."""

from decimal import ROUND_HALF_UP, Decimal


def cents_from_amount(amount: str) -> int:
    """Convert a decimal money string like '12.34' to integer cents, rounding half up."""
    return int((Decimal(amount) * 100).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def apply_discount(total_cents: int, percent: int) -> int:
    """Reduce an order total by a coupon percentage, never below zero."""
    if not 0 <= percent <= 100:
        raise ValueError("discount must be between 0 and 100 percent")
    return max(0, total_cents - total_cents * percent // 100)


def charge_card(gateway, customer_id: str, amount_cents: int, idempotency_key: str) -> str:
    """Charge a customer's saved card once, even if the request is retried."""
    result = gateway.create_charge(customer=customer_id, amount=amount_cents, idempotency_key=idempotency_key)
    if result["status"] != "succeeded":
        raise RuntimeError(f"charge failed: {result['status']}")
    return result["id"]


def refund_charge(gateway, charge_id: str, amount_cents: int | None = None) -> str:
    """Give money back for a charge, fully or partially."""
    refund = gateway.create_refund(charge=charge_id, amount=amount_cents)
    return refund["id"]


def invoice_total(lines: list[tuple[int, int]], tax_rate: Decimal) -> int:
    """Sum quantity times unit price over invoice lines and add sales tax."""
    subtotal = sum(qty * unit for qty, unit in lines)
    return int((Decimal(subtotal) * (1 + tax_rate)).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
