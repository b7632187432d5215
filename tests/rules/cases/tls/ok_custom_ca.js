const fs = require("fs");
const https = require("https");

const agent = new https.Agent({ ca: fs.readFileSync("/etc/ssl/corp-ca.pem"), rejectUnauthorized: true });
module.exports = agent;
