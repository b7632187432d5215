const crypto = require("crypto");

function fingerprint(password) {
  return crypto.createHash("md5").update(password).digest("hex");
}
module.exports = fingerprint;
