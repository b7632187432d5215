const { exec } = require("child_process");

function convert(req, res) {
  exec(`convert ${req.body.file} out.png`, (err, stdout) => res.send(stdout));
}
module.exports = convert;
