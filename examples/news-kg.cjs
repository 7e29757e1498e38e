// The package's build (ESM), loaded through require(esm) (Node >= 20.19). Run `npm run build` first.
module.exports = require("../dist/index.js");
