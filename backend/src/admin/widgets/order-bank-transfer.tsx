import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage, sdk } from "../lib/sdk"
import { useAdminData } from "../lib/use-admin-data"

type Payment = { provider_id: string; captured_at: string | null; canceled_at: string | null }
type OrderPayments = {
  order: {
    display_id: number
    shipping_methods?: { name: string }[]
    payment_collections?: { status: string; payments?: Payment[] }[]
  }
}

/**
 * On the order page: bank-transfer orders wait for the organiser, who marks them paid once the
 * transfer shows in the store's account; pickup orders say so.
 */
const OrderBankTransferWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const info = useAdminData<OrderPayments>(
    `/admin/orders/${order.id}?fields=display_id,shipping_methods.name,payment_collections.status,*payment_collections.payments`
  )
  const [busy, setBusy] = useState(false)
  const payments = (info.data?.order.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])
  const transfer = payments.filter((p) => p.provider_id === "pp_system_default" && !p.canceled_at)
  if (!transfer.length) {
    return null
  }
  const paid = transfer.every((p) => p.captured_at)

  async function markPaid() {
    setBusy(true)
    try {
      await sdk.client.fetch(`/admin/orders/${order.id}/mark-paid`, { method: "POST" })
      toast.success(`Order #${order.display_id} marked paid`)
      info.reload()
    } catch (e) {
      toast.error(errorMessage(e))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Bank transfer</Heading>
        <Badge color={paid ? "green" : "orange"}>{paid ? "Paid" : "Awaiting transfer"}</Badge>
      </div>
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <Text size="small">
          {paid
            ? "The transfer was received and the payment captured."
            : "Check the store's bank account for this order's amount, then mark it paid."}
        </Text>
        {!paid && (
          <Button size="small" onClick={markPaid} isLoading={busy} disabled={busy}>
            Mark paid
          </Button>
        )}
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "order.details.side.before" })

export default OrderBankTransferWidget
