const https = require("https");

const agent = new https.Agent({ keepAlive: true, rejectUnauthorized: false });
process.env.NODE_TLS_REJECT_UNAUTHORIZED = "0";
module.exports = agent;
