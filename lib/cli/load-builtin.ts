import { createRequire } from 'node:module'

/**
 * Loads a module of Node's own when first needed, from code that runs both
 * as an ES module (the tests) and in the launcher's bundle, which it runs as
 * a script: V8 gives such a script no dynamic import(). Only some runs need
 * node:os, and loading it at the start would cost the others a millisecond.
 * Node's own modules resolve from anywhere: hence '/'.
 */
export const loadBuiltin = createRequire('/') as <T = unknown>(id: `node:${string}`) => T
