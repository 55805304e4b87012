import LinkifyIt from 'linkify-it'

/**
 * What the CLI's bundle gives markdown-it in place of linkify-it (see
 * bin/build-bundle.cjs): the same object to whoever uses it, built only
 * then. markdown-it builds one in its constructor, which compiles a few
 * dozen regular expressions, and our parser never linkifies.
 */
export default function LazyLinkifyIt(...args: ConstructorParameters<typeof LinkifyIt>): LinkifyIt {
  let built: LinkifyIt | undefined
  const real = () => (built ??= new LinkifyIt(...args))
  return new Proxy({} as LinkifyIt, {
    get: (_, key) => {
      const value: unknown = Reflect.get(real(), key)
      return typeof value === 'function' ? value.bind(real()) : value
    },
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
  })
}
