import { createRequire } from 'node:module'

/**
 * Loads a module of Node's own when first needed. Most runs of the CLI need
 * neither child_process nor os, and a startup snapshot should not hold them
 * (Node does not vouch for child_process in one); a dynamic import() would
 * do, but the launcher runs the bundle as a script, which V8 gives no way
 * to import from. Node's own modules resolve from anywhere: hence '/'.
 */
export const loadBuiltin = createRequire('/') as <T = unknown>(id: `node:${string}`) => T
