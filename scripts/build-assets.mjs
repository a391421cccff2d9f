// Builds careassure's static assets from npm packages into src/careassure/static/vendor/.
// Run by `make assets` (and so by `make run` and `make test`); nothing is fetched at run time.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import * as sass from "sass";

const out = "src/careassure/static/vendor";
mkdirSync(`${out}/assets/images`, { recursive: true });

const css = sass.compile("src/careassure/static_src/careassure.scss", {
  style: "compressed",
  importers: [new sass.NodePackageImporter()],
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(`${out}/careassure.css`, css.css);

cpSync("node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.js", `${out}/govuk-frontend.min.js`);
cpSync("node_modules/htmx.org/dist/htmx.min.js", `${out}/htmx.min.js`);
// Only the favicon: the crown and GOV.UK icons are for GOV.UK services, not a council's.
cpSync("node_modules/govuk-frontend/dist/govuk/assets/images/favicon.ico", `${out}/assets/images/favicon.ico`);
console.log(`built ${out}/careassure.css (${css.css.length} bytes)`);
