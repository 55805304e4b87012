'use client'

import { useEffect, useState } from 'react'

/** True once `condition` has held without a break for `ms` milliseconds. */
export function useHasLastedFor(condition: boolean, ms: number): boolean {
  const [lasted, setLasted] = useState(false)
  useEffect(() => {
    if (!condition) return
    const timer = setTimeout(() => setLasted(true), ms)
    return () => {
      clearTimeout(timer)
      setLasted(false)
    }
  }, [condition, ms])
  return condition && lasted
}
