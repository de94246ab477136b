import { parseHTML } from "linkedom";
import { readFileSync } from "node:fs";
const { document } = parseHTML(readFileSync(process.argv[2]!, "utf8"));
for (const el of document.querySelectorAll(process.argv[3]!)) console.log(el.tagName, el.getAttribute("class"), JSON.stringify(el.textContent.slice(0, 120)));
