import { useCallback, useEffect, useState } from "react"
import { errorMessage, sdk } from "./sdk"

/**
 * Loads one admin API path and reloads it on demand (after a mutation), keeping the last data
 * visible while reloading so the page does not flicker.
 */
export function useAdminData<T>(path: string | null) {
  const [data, setData] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)

  const reload = useCallback(async () => {
    if (!path) {
      return
    }
    setLoading(true)
    try {
      setData(await sdk.client.fetch<T>(path))
      setError(null)
    } catch (e) {
      setError(errorMessage(e))
    } finally {
      setLoading(false)
    }
  }, [path])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data, error, loading, reload }
}
