"""Data access with parameterised SQL."""

import sqlite3


def connect(path: str) -> sqlite3.Connection:
    """Open the SQLite database with rows that behave like dicts."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


def get_user_by_email(conn: sqlite3.Connection, email: str):
    """Look up one account by its e-mail address with a bound parameter."""
    cursor = conn.execute("SELECT id, email, name FROM users WHERE email = ?", (email,))
    return cursor.fetchone()


def insert_order(conn: sqlite3.Connection, user_id: int, total_cents: int) -> int:
    """Create an order row for a customer and return the new order id."""
    cursor = conn.execute("INSERT INTO orders (user_id, total_cents) VALUES (?, ?)", (user_id, total_cents))
    conn.commit()
    return cursor.lastrowid


def paginate_products(conn: sqlite3.Connection, page: int, per_page: int = 20) -> list:
    """One page of the product catalogue, ordered by name, using LIMIT and OFFSET."""
    offset = max(page - 1, 0) * per_page
    rows = conn.execute("SELECT id, name, price FROM products ORDER BY name LIMIT ? OFFSET ?", (per_page, offset))
    return rows.fetchall()


def search_products(conn: sqlite3.Connection, term: str) -> list:
    """Products whose name contains the search term (LIKE with a bound pattern)."""
    pattern = "%" + term.replace("%", "\\%") + "%"
    return conn.execute("SELECT id, name FROM products WHERE name LIKE ? ESCAPE '\\'", (pattern,)).fetchall()


def delete_old_orders(conn: sqlite3.Connection, before: str) -> int:
    """Remove orders created before a date; returns how many rows went."""
    cursor = conn.execute("DELETE FROM orders WHERE created_at < ?", (before,))
    conn.commit()
    return cursor.rowcount


def run_migrations(conn: sqlite3.Connection, statements: list[str]) -> None:
    """Apply schema changes inside one transaction."""
    with conn:
        for statement in statements:
            conn.execute(statement)
