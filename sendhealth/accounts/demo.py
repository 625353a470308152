"""Demo sign-ins, shown on the sign-in page in demo mode only."""

DEMO_PASSWORD = "demo-password-1"

DEMO_USERS = [
    ("dco", "Designated clinical officer", "sees the whole area; approves packages"),
    ("dmo", "Designated medical officer", "the DCO's role: a second approver of packages"),
    ("dcoteam", "DCO team administrator", "routes, chases and returns advice"),
    ("la.north", "Local authority caseworker", "Northshire Council only"),
    ("la.south", "Local authority caseworker", "Southborough Council only"),
    ("provider.community", "Health provider user", "Community trust, all its services"),
    ("provider.salt", "Health provider user", "Community trust, speech and language therapy only"),
    ("provider.mh", "Health provider user", "Mental health trust"),
    ("board", "Board viewer", "figures only, never a child"),
    ("admin", "System administrator", "users, organisations and the audit trail"),
]


def demo_logins() -> list[dict]:
    return [
        {"username": u, "role": role, "note": note, "password": DEMO_PASSWORD}
        for u, role, note in DEMO_USERS
    ]
