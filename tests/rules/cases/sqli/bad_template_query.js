const mysql = require("mysql2");
const pool = mysql.createPool({ host: "db" });

function findUser(req, res) {
  pool.query(`SELECT * FROM users WHERE email = '${req.query.email}'`, (err, rows) => {
    res.json(rows);
  });
}
module.exports = findUser;
