import type { Maker, MakerSummary } from "../types"
import { call, hasStatus, optional, sdk } from "./client.server"
import { memo } from "./memo.server"

export interface MakerListParams {
  q?: string
  district?: string
  sentra?: string
  order?: "name" | "-name"
  offset?: number
  limit?: number
}

/** The largest page the makers endpoint serves. */
export const MAKERS_PAGE_SIZE = 100

/** One page of approved makers (A-Z by default), or undefined while the backend has no makers endpoint. */
export const listMakers = memo("makers", 60_000, async function listMakers(
  params: MakerListParams = {}
): Promise<{ makers: MakerSummary[]; count: number } | undefined> {
  return optional(() =>
    sdk.client.fetch<{ makers: MakerSummary[]; count: number }>("/store/makers", {
      query: { order: "name", limit: MAKERS_PAGE_SIZE, ...params },
    })
  )
})

/**
 * The names of the given makers by handle (the catalogue's maker facet counts handles). A maker the
 * backend does not list (suspended since) or a backend that cannot answer leaves its handle out.
 */
export const makerNames = memo("maker-names", 60_000, async function makerNames(
  handles: string[]
): Promise<Record<string, string>> {
  if (!handles.length) return {}
  try {
    const page = await optional(() =>
      sdk.client.fetch<{ makers: MakerSummary[] }>("/store/makers", {
        query: { handle: handles.join(","), limit: MAKERS_PAGE_SIZE },
      })
    )
    return Object.fromEntries((page?.makers ?? []).map((m) => [m.handle, m.name]))
  } catch {
    return {}
  }
})

/** Handles of every approved maker, page by page (for the sitemap). */
export async function listAllMakerHandles(): Promise<string[]> {
  const handles: string[] = []
  for (let offset = 0; ; offset += MAKERS_PAGE_SIZE) {
    const page = await listMakers({ offset, limit: MAKERS_PAGE_SIZE })
    if (!page) return handles
    handles.push(...page.makers.map((m) => m.handle))
    if (offset + MAKERS_PAGE_SIZE >= page.count || page.makers.length === 0) return handles
  }
}

/** One approved maker by handle, or null when there is none (pending and suspended makers are hidden). */
export const getMaker = memo("maker", 60_000, async function getMaker(handle: string): Promise<Maker | null> {
  try {
    const { maker } = await call(() =>
      sdk.client.fetch<{ maker: Maker }>(`/store/makers/${encodeURIComponent(handle)}`)
    )
    return maker
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
})
