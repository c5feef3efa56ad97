import type { Maker, MakerSummary } from "../types"
import { call, hasStatus, optional, sdk } from "./client.server"

export interface MakerListParams {
  q?: string
  district?: string
  sentra?: string
  order?: "name" | "-name"
  offset?: number
  limit?: number
}

/** Approved makers, or undefined while the backend has no makers endpoint yet. */
export async function listMakers(
  params: MakerListParams = {}
): Promise<{ makers: MakerSummary[]; count: number } | undefined> {
  return optional(() =>
    sdk.client.fetch<{ makers: MakerSummary[]; count: number }>("/store/makers", {
      query: { order: "name", limit: 100, ...params },
    })
  )
}

/** One approved maker by handle, or null when there is none (pending and suspended makers are hidden). */
export async function getMaker(handle: string): Promise<Maker | null> {
  try {
    const { maker } = await call(() =>
      sdk.client.fetch<{ maker: Maker }>(`/store/makers/${encodeURIComponent(handle)}`)
    )
    return maker
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
}
