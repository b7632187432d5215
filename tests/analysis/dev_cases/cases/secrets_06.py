from sqlalchemy import create_engine

engine = create_engine("postgresql://app:Xk9mP2vLq7@db.internal:5432/app")
