import { exhibitionStatus } from "@gelar/shared"
import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError, QueryContext } from "@medusajs/framework/utils"
import { currentTime } from "../../../../lib/clock"
import { EXHIBITION_FIELDS } from "../fields"

type FeaturedProduct = {
  id: string
  handle: string
  title: string
  thumbnail: string | null
  metadata?: Record<string, unknown> | null
  status: string
  sales_channels?: { id: string }[]
  maker?: { status: string } | null
  variants?: { calculated_price?: { calculated_amount: number; currency_code: string } | null }[]
}

/**
 * An exhibition with its featured items in order (numbered 1..n as the shopper sees them) and its
 * participants with booths. Only approved makers appear, and only products sold online through
 * the publishable key's sales channels; prices are the lowest variant price in rupiah.
 */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "exhibition",
    fields: [
      ...EXHIBITION_FIELDS,
      "participants.booth_code",
      "participants.maker.id",
      "participants.maker.handle",
      "participants.maker.name",
      "participants.maker.logo_url",
      "participants.maker.district",
      "participants.maker.sentra",
      "participants.maker.status",
      "featured_items.product_id",
      "featured_items.position",
      "featured_items.note_id",
      "featured_items.note_en",
    ],
    filters: { handle: req.params.handle },
  })
  const exhibition = data[0] as any
  if (!exhibition) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `No exhibition with the handle "${req.params.handle}"`)
  }
  const channelIds: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  const productIds = (exhibition.featured_items ?? []).map((f: any) => f.product_id)
  const { data: products } = productIds.length
    ? await query.graph({
        entity: "product",
        fields: [
          "id",
          "handle",
          "title",
          "thumbnail",
          "metadata",
          "status",
          "sales_channels.id",
          "maker.status",
          "variants.calculated_price.*",
        ],
        filters: { id: productIds },
        context: { variants: { calculated_price: QueryContext({ currency_code: "idr" }) } },
      })
    : { data: [] as FeaturedProduct[] }
  const visible = new Map<string, FeaturedProduct>()
  for (const p of products as FeaturedProduct[]) {
    const sold = (p.sales_channels ?? []).some((sc) => channelIds.includes(sc?.id))
    if (p.status === "published" && sold && p.maker?.status === "approved") {
      visible.set(p.id, p)
    }
  }
  const featured = [...(exhibition.featured_items ?? [])]
    .sort((a: any, b: any) => a.position - b.position)
    .filter((f: any) => visible.has(f.product_id))
    .map((f: any, i: number) => {
      const p = visible.get(f.product_id)!
      const amounts = (p.variants ?? [])
        .map((v) => v.calculated_price?.calculated_amount)
        .filter((a): a is number => typeof a === "number")
      return {
        position: i + 1,
        note_id: f.note_id,
        note_en: f.note_en,
        product: {
          id: p.id,
          handle: p.handle,
          title: p.title,
          // English pages show it, Indonesian is the fallback (decision 002).
          title_en: typeof p.metadata?.title_en === "string" ? p.metadata.title_en : null,
          thumbnail: p.thumbnail,
          price: amounts.length ? { amount: Math.min(...amounts), currency_code: "idr" } : null,
        },
      }
    })
  const participants = (exhibition.participants ?? [])
    .filter((p: any) => p.maker?.status === "approved")
    .sort((a: any, b: any) => a.booth_code.localeCompare(b.booth_code, "id", { numeric: true }))
    .map(({ booth_code, maker: { status: _s, ...maker } }: any) => ({ booth_code, maker }))
  const { participants: _p, featured_items: _f, ...own } = exhibition
  res.json({
    exhibition: { ...own, status: exhibitionStatus(own, currentTime(req.scope)), featured, participants },
  })
}
