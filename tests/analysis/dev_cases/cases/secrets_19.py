from sqlalchemy import create_engine

engine = create_engine("postgresql://app:${DB_PASSWORD}@db.internal:5432/app")
