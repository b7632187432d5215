import stripe

stripe.api_key = "sk_live_51H8xY2eZvKYlo2C7n3QpR8sTuV"


def charge(amount):
    return stripe.Charge.create(amount=amount, currency="eur", source="tok_visa")
