/**
 * Quotations: direct speech found in a document's text and attributed to its speaker (see extract.ts).
 */
export { findQuotes, type Quote, type QuoteMention } from "./extract.js";
