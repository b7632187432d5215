import { Knex } from "knex";

export async function deleteOrder(db: Knex, orderId: string) {
  const sql = "DELETE FROM orders WHERE id = " + orderId;
  return db.raw(sql);
}
