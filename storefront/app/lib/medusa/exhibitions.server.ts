import type { Exhibition, ExhibitionSummary } from "../types"
import { call, hasStatus, optional, sdk } from "./client.server"
import { memo } from "./memo.server"

/** Exhibitions of one period, newest first; undefined while the backend has no exhibitions endpoint. */
export const listExhibitions = memo("exhibitions", 10_000, async function listExhibitions(
  when: "current" | "upcoming" | "archive"
): Promise<ExhibitionSummary[] | undefined> {
  const res = await optional(() =>
    sdk.client.fetch<{ exhibitions: ExhibitionSummary[] }>("/store/exhibitions", { query: { when, limit: 20 } })
  )
  return res?.exhibitions
})

/** One exhibition with its featured items (in the organisers' order) and participants, or null. */
export const getExhibition = memo("exhibition", 10_000, async function getExhibition(
  handle: string
): Promise<Exhibition | null> {
  try {
    const { exhibition } = await call(() =>
      sdk.client.fetch<{ exhibition: Exhibition }>(`/store/exhibitions/${encodeURIComponent(handle)}`)
    )
    exhibition.featured = [...(exhibition.featured ?? [])].sort((a, b) => a.position - b.position)
    return exhibition
  } catch (error) {
    if (hasStatus(error, 404)) return null
    throw error
  }
})

/**
 * The exhibition the home page presents: the one running now, else the next one, else the latest
 * of the archive (flagged so the page says so). Undefined when there is none or no endpoint yet.
 */
export async function homeExhibition(): Promise<{ exhibition: Exhibition; archived: boolean } | undefined> {
  const [current, upcoming] = await Promise.all([listExhibitions("current"), listExhibitions("upcoming")])
  let summary = current?.[0] ?? upcoming?.[0]
  let archived = false
  if (!summary) {
    summary = (await listExhibitions("archive"))?.[0]
    archived = true
  }
  if (!summary) return undefined
  const exhibition = await getExhibition(summary.handle)
  return exhibition ? { exhibition, archived } : undefined
}

/** Handles of every exhibition, for the sitemap. */
export async function listExhibitionHandles(): Promise<string[]> {
  const lists = await Promise.all((["current", "upcoming", "archive"] as const).map(listExhibitions))
  return [...new Set(lists.flatMap((l) => l ?? []).map((e) => e.handle))]
}
