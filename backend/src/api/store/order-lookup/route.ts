import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { StoreOrderLookupQueryType } from "./validators"

/** What a guest sees of an order found by email and number: enough for the confirmation page. */
export const ORDER_LOOKUP_FIELDS = [
  "id",
  "display_id",
  "email",
  "created_at",
  "status",
  "currency_code",
  "total",
  "subtotal",
  "shipping_total",
  "items.id",
  "items.product_title",
  "items.variant_title",
  "items.product_handle",
  "items.quantity",
  "items.unit_price",
  "items.total",
  "shipping_address.first_name",
  "shipping_address.last_name",
  "shipping_address.address_1",
  "shipping_address.city",
  "shipping_address.province",
  "shipping_address.postal_code",
  "shipping_address.phone",
  "shipping_address.metadata",
  "shipping_methods.name",
  "payment_collections.status",
  "payment_collections.payments.provider_id",
  "payment_collections.payments.captured_at",
]

/**
 * GET /store/order-lookup?email=&display_id= : a guest's order, found only when both the email and
 * the order number match. Either one wrong gives the same 404, so the route tells nothing about
 * which orders or emails exist.
 */
export const GET = async (req: MedusaRequest<unknown, StoreOrderLookupQueryType>, res: MedusaResponse) => {
  const { email, display_id } = req.validatedQuery as StoreOrderLookupQueryType
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ORDER_LOOKUP_FIELDS,
    // display_id is a number column; the generated filter type only knows strings.
    filters: { display_id } as unknown as Record<string, string>,
  })
  const order = (data as { email?: string | null }[]).find(
    (o) => (o.email ?? "").toLowerCase() === email.toLowerCase()
  )
  if (!order) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      "No order matches this email and order number. Check both against your confirmation."
    )
  }
  res.json({ order })
}
