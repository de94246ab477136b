import { findDate } from "../../src/corpus/dates.js";
console.log(findDate("Rachel Okonjo and Dan Whitfield, Daily MeridianUpdated 10:32 AM EDT, Thu March 14, 2024"));
