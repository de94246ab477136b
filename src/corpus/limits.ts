/**
 * The size limit of one document, shared by the folder reader and the in-memory check.
 */

/**
 * The default size limit of one document: 20 MB is a long book (Tolstoy's War and Peace is 3 MB), far beyond an
 * article, and extraction of one 20 MB document peaks well under 2 GB (src/bounds.ts). `--max-document-mb` raises it.
 */
export const DEFAULT_MAX_DOCUMENT_MB = 20;

/** The problem of a document over the size limit: its size, the limit and the option that raises it. */
export function tooLargeProblem(bytes: number, maxDocumentMB: number): string {
  const mb = (bytes / (1 << 20)).toFixed(1);
  return `document of ${mb} MB is larger than the limit of ${maxDocumentMB} MB; raise the limit with --max-document-mb (maxDocumentMB)`;
}
