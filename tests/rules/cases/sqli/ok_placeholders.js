async function findUser(pool, email, ids) {
  const rows = await pool.query("SELECT * FROM users WHERE email = ?", [email]);
  const marks = ids.map(() => "?").join(",");
  const more = await pool.query(`SELECT * FROM orders WHERE id IN (${marks})`, ids);
  const count = await pool.query(`SELECT count(*) FROM users`);
  return [rows, more, count];
}
module.exports = findUser;

function legacy(connection, id, done) {
  connection.query("SELECT * FROM t WHERE id = " + Number(id) + " LIMIT 1", [], done);
}
module.exports.legacy = legacy;
