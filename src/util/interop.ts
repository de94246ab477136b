/**
 * CommonJS interop. Several graphology packages are CommonJS whose typings declare `export default`:
 * under Node's ESM the default import is `module.exports` itself, while TypeScript (NodeNext) types it as
 * the module with a `default` member. This picks whichever is real.
 */

/** The CommonJS module's main export, typed from its declared default export. */
export function cjsDefault<T>(module: { default: T }): T {
  return ((module as { default?: T }).default ?? module) as T;
}
