import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addToCartWorkflow, createCartWorkflow } from "@medusajs/medusa/core-flows"

type VariantRow = { id: string; product?: { title: string; sales_channels?: { id: string }[] } | null }

/**
 * Refuses variants whose product is not in the cart's sales channel. Medusa's cart flows do not
 * check this themselves, and a suspended maker's products leave the channel, so without it a
 * cart made earlier (or a hand-written request) could still buy them.
 */
export async function assertSoldInChannel(
  container: MedusaContainer,
  variantIds: string[],
  salesChannelId: string | null | undefined
) {
  const ids = [...new Set(variantIds.filter(Boolean))]
  if (!ids.length || !salesChannelId) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "product.title", "product.sales_channels.id"],
    filters: { id: ids },
  })
  const notSold = (data as VariantRow[]).filter(
    (v) => !(v.product?.sales_channels ?? []).some((sc) => sc?.id === salesChannelId)
  )
  if (notSold.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `${notSold.map((v) => `"${v.product?.title ?? v.id}"`).join(", ")} is not sold in this store's sales channel at the moment`
    )
  }
}

addToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  await assertSoldInChannel(
    container,
    (input.items ?? []).map((item: { variant_id?: string }) => item.variant_id!).filter(Boolean),
    (cart as { sales_channel_id?: string | null }).sales_channel_id
  )
})

// A cart can also be created with its first items in one request: the same check applies to them.
createCartWorkflow.hooks.validate(async ({ cart }, { container }) => {
  const created = cart as { sales_channel_id?: string | null; items?: { variant_id?: string | null }[] | null }
  await assertSoldInChannel(
    container,
    (created.items ?? []).flatMap((item) => (item.variant_id ? [item.variant_id] : [])),
    created.sales_channel_id
  )
})

// Completion runs this check too, from its single validate hook: src/workflows/checkout/hooks/complete-cart-validate.ts
