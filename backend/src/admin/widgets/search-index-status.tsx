import { defineWidgetConfig } from "@medusajs/admin-sdk"
import Medusa from "@medusajs/js-sdk"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useCallback, useEffect, useState } from "react"

// The dashboard is served by the backend itself, so the API is on the same origin.
const sdk = new Medusa({ baseUrl: "/", auth: { type: "session" } })

type SearchIndex = { name: string; provider: string; status: "pending" | "building" | "ready" | "error" }

const STATUS_COLOR: Record<SearchIndex["status"], "green" | "orange" | "red" | "grey"> = {
  ready: "green",
  building: "orange",
  error: "red",
  pending: "grey",
}

/**
 * Above the product list: whether shoppers' product search is up to date, and a button for the
 * organisers to rebuild it from the database (after a bulk import, or if it shows an error).
 */
const SearchIndexStatusWidget = () => {
  const [index, setIndex] = useState<SearchIndex | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    const { search_indexes } = await sdk.client.fetch<{ search_indexes: SearchIndex[] }>(
      "/admin/search-indexes"
    )
    setIndex(search_indexes.find((i) => i.name === "product") ?? null)
  }, [])

  useEffect(() => {
    load().catch(() => setIndex(null))
  }, [load])

  const rebuild = async () => {
    setBusy(true)
    try {
      await sdk.client.fetch("/admin/search-indexes/product/reindex", { method: "POST", body: {} })
      toast.success("Rebuilding the product search", {
        description: "Shoppers keep searching the current index until the new one is complete.",
      })
      await load()
    } catch (error) {
      toast.error("The search could not be rebuilt", { description: (error as Error).message })
    } finally {
      setBusy(false)
    }
  }

  if (!index) {
    return null
  }
  return (
    <Container className="flex items-center justify-between gap-4 px-6 py-4">
      <div className="flex flex-col gap-1">
        <Heading level="h2">Product search</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Served by {index.provider}. Rebuild it after a bulk import or when shoppers miss products.
        </Text>
      </div>
      <div className="flex items-center gap-3">
        <Badge color={STATUS_COLOR[index.status]}>{index.status}</Badge>
        <Button size="small" variant="secondary" isLoading={busy} onClick={rebuild}>
          Rebuild search index
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.list.before" })

export default SearchIndexStatusWidget
