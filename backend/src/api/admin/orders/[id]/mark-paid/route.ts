import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"

/** The system provider stands for bank transfer: its payments are captured when the money arrives. */
export const BANK_TRANSFER_PROVIDER = "pp_system_default"

type PaymentRow = { id: string; provider_id: string; captured_at: string | null; canceled_at: string | null }

/**
 * POST /admin/orders/:id/mark-paid : the organiser saw the bank transfer arrive. Captures the order's
 * bank-transfer payment through Medusa's capture workflow (which records the capture and moves the
 * order to paid). Refuses an unknown order (404), a card order or one already paid (400).
 */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.canceled_at",
    ],
    filters: { id: req.params.id },
  })
  const order = data[0] as unknown as
    | { id: string; display_id: number; payment_collections?: { payments?: PaymentRow[] }[] }
    | undefined
  if (!order) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found`)
  }
  const payments = (order.payment_collections ?? []).flatMap((pc) => pc?.payments ?? []).filter(Boolean)
  const transfer = payments.filter((p) => p.provider_id === BANK_TRANSFER_PROVIDER && !p.canceled_at)
  if (!transfer.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Order #${order.display_id} was not paid by bank transfer: its payment is settled by the card provider`
    )
  }
  const open = transfer.filter((p) => !p.captured_at)
  if (!open.length) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Order #${order.display_id} is already marked paid`)
  }
  for (const payment of open) {
    await capturePaymentWorkflow(req.scope).run({
      input: { payment_id: payment.id, captured_by: req.auth_context?.actor_id },
    })
  }
  const { data: after } = await query.graph({
    entity: "order",
    fields: ["id", "display_id", "payment_collections.status", "payment_collections.captured_amount"],
    filters: { id: order.id },
  })
  res.json({ order: after[0] })
}
