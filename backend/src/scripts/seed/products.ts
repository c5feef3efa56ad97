import {
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { BaseSeedResult } from "./base"

type PlainProduct = {
  handle: string
  title: string
  description: string
  price: number
  stock: number
  sizes?: string[]
}

const PLAIN_PRODUCTS: PlainProduct[] = [
  {
    handle: "kain-batik-tulis-asem-arang",
    title: "Kain Batik Tulis Asem Arang",
    description: "Kain panjang batik tulis motif Asem Arang, pewarna alam.",
    price: 1250000,
    stock: 1,
  },
  {
    handle: "kain-batik-cap-lawang-sewu",
    title: "Kain Batik Cap Lawang Sewu",
    description: "Kain batik cap motif Lawang Sewu, katun primisima.",
    price: 275000,
    stock: 12,
  },
  {
    handle: "kemeja-batik-kombinasi-tugu-muda",
    title: "Kemeja Batik Kombinasi Tugu Muda",
    description: "Kemeja lengan pendek batik kombinasi motif Tugu Muda.",
    price: 425000,
    stock: 4,
    sizes: ["M", "L", "XL"],
  },
  {
    handle: "selendang-batik-tulis-warak-ngendog",
    title: "Selendang Batik Tulis Warak Ngendog",
    description: "Selendang sutra batik tulis motif Warak Ngendog.",
    price: 850000,
    stock: 1,
  },
]

/**
 * A handful of plain published products with IDR prices and stock at the exhibition location,
 * created only when their handle is not taken yet.
 */
export async function seedPlainProducts(
  container: MedusaContainer,
  base: BaseSeedResult
): Promise<number> {
  const productModule = container.resolve(Modules.PRODUCT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const existing = await productModule.listProducts(
    { handle: PLAIN_PRODUCTS.map((p) => p.handle) },
    { select: ["handle"] }
  )
  const taken = new Set(existing.map((p) => p.handle))
  const missing = PLAIN_PRODUCTS.filter((p) => !taken.has(p.handle))
  if (!missing.length) {
    return 0
  }

  const { result } = await createProductsWorkflow(container).run({
    input: {
      products: missing.map((p) => {
        const sizes = p.sizes ?? ["All size"]
        return {
          title: p.title,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          shipping_profile_id: base.shippingProfileId,
          sales_channels: [{ id: base.salesChannelId }],
          options: [{ title: "Ukuran", values: sizes }],
          variants: sizes.map((size) => ({
            title: size,
            sku: `${p.handle}-${size}`.toUpperCase().replace(/\s+/g, "-"),
            options: { Ukuran: size },
            manage_inventory: true,
            prices: [{ currency_code: "idr", amount: p.price }],
          })),
        }
      }),
    },
  })

  const { data: variants } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.handle", "inventory_items.inventory_item_id"],
    filters: { product_id: result.map((p) => p.id) },
  })
  const stockByHandle = new Map(missing.map((p) => [p.handle, p.stock]))
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: variants.flatMap((v) =>
        (v.inventory_items ?? []).map((item) => ({
          inventory_item_id: item!.inventory_item_id,
          location_id: base.stockLocationId,
          stocked_quantity: stockByHandle.get(v.product!.handle) ?? 0,
        }))
      ),
    },
  })
  return result.length
}
