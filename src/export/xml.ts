/**
 * XML for the GEXF and GraphML exports: escaping, and a small writer of well-nested elements for the documents'
 * heads (the nodes and edges, the bulk, are written by the formats' record encoders: see encode.ts).
 *
 * Why not a library: on a graph of tens of thousands of edges xmlbuilder2 took minutes and xml-writer (which
 * graphology-gexf uses) seconds, building the whole document as one string; these formats are flat and need
 * only escaping and well-nested elements, written straight to a file in chunks, in a fraction of the time and
 * memory. Text is escaped for XML 1.0, and characters XML 1.0 cannot carry are dropped.
 */

import type { TextSink } from "../util/atomic.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
// Control characters are what these two look for: XML 1.0 cannot carry most of them.
/* eslint-disable no-control-regex */
const INVALID_XML_CHARS =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const NEEDS_WORK = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
/* eslint-enable no-control-regex */

/** Escapes text for an XML attribute value or element content. */
export function escapeXml(value: string): string {
  // Most values (keys, names, numbers) need nothing: test once before rewriting.
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(INVALID_XML_CHARS, "").replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** A value as XML text: strings escaped, numbers and booleans as they print. */
export function xmlText(value: string | number | boolean): string {
  return typeof value === "string" ? escapeXml(value) : String(value);
}

/** An attribute for a start tag: ` name="value"`, or nothing when the value is undefined. */
export function xmlAttribute(name: string, value: string | number | boolean | undefined): string {
  return value === undefined ? "" : ` ${name}="${xmlText(value)}"`;
}

const INDENTS = Array.from({ length: 8 }, (_, depth) => "  ".repeat(depth));

/** Attribute values: strings are escaped, numbers and booleans written as they print. */
export type XmlAttributes = Record<string, string | number | boolean | undefined>;

/** Writes indented XML elements to a sink; the caller nests `open`/`close` correctly. */
export class XmlWriter {
  private depth = 0;
  private readonly stack: string[] = [];

  /** A writer at the start of a document: writes the XML declaration. */
  constructor(private readonly sink: TextSink) {
    sink.write('<?xml version="1.0" encoding="UTF-8"?>\n');
  }

  /** `<name a="…">` */
  open(name: string, attributes: XmlAttributes = {}): this {
    this.sink.write(`${this.indent()}<${name}${attributeText(attributes)}>\n`);
    this.stack.push(name);
    this.depth++;
    return this;
  }

  /** `<name a="…"/>` */
  empty(name: string, attributes: XmlAttributes = {}): this {
    this.sink.write(`${this.indent()}<${name}${attributeText(attributes)}/>\n`);
    return this;
  }

  /** `<name a="…">text</name>` */
  element(name: string, text: string, attributes: XmlAttributes = {}): this {
    this.sink.write(`${this.indent()}<${name}${attributeText(attributes)}>${escapeXml(text)}</${name}>\n`);
    return this;
  }

  /** Closes the innermost open element. */
  close(): this {
    const name = this.stack.pop();
    if (name === undefined) throw new Error("XmlWriter: close() without an open element");
    this.depth--;
    this.sink.write(`${this.indent()}</${name}>\n`);
    return this;
  }

  private indent(): string {
    return INDENTS[this.depth] ?? "  ".repeat(this.depth);
  }
}

function attributeText(attributes: XmlAttributes): string {
  let text = "";
  for (const [name, value] of Object.entries(attributes)) text += xmlAttribute(name, value);
  return text;
}

/** A sink that collects text in memory. */
export class StringSink implements TextSink {
  private readonly parts: string[] = [];
  write(text: string): void {
    this.parts.push(text);
  }
  toString(): string {
    return this.parts.join("");
  }
}
