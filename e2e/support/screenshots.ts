/**
 * Where a spec saves the screenshots the README shows: with the other test
 * output, or, when DOCS_SCREENSHOTS is set, over the README's own copies in
 * docs/screenshots (a test run then leaves the working tree as it was).
 */
export const docsScreenshots = process.env.DOCS_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screenshots'
