export function authSecret(): string {
  const secret = process.env.AUTH_SECRET
  if (!secret) throw new Error('AUTH_SECRET is not set: start the app through server/main.ts or set it')
  return secret
}
