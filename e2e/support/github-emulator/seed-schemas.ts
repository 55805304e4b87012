import { z } from 'zod'

/** A user as addUser takes it, for seed files and the control routes. */
export const userSeed = z.object({
  login: z.string(),
  name: z.string(),
  email: z.string(),
  token: z.string().optional(),
  scopes: z.array(z.string()).optional(),
})

/** A repository as addRepo takes it. */
export const repoSeed = z.object({
  owner: z.string(),
  name: z.string(),
  private: z.boolean().optional(),
  defaultBranch: z.string().optional(),
  collaborators: z.array(z.string()).optional(),
  files: z.record(z.string(), z.string()).optional(),
})
