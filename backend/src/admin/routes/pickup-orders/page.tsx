import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ShoppingBag } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text } from "@medusajs/ui"
import { useAdminData } from "../../lib/use-admin-data"

import type { pickupOrdersByBooth } from "../../../api/admin/pickup-orders/pickup-orders"

type PickupList = Awaited<ReturnType<typeof pickupOrdersByBooth>>

const PAYMENT = {
  completed: { label: "Paid", color: "green" },
  authorized: { label: "Awaiting transfer", color: "orange" },
} as const
const MAKER_STATUS = {
  new: { label: "New", color: "grey" },
  packed: { label: "Packed", color: "blue" },
  ready_for_pickup: { label: "Ready at booth", color: "green" },
  shipped: { label: "Shipped", color: "purple" },
} as const

/** Organisers see the current exhibition's booth-pickup orders booth by booth, to hand them over. */
const PickupOrdersPage = () => {
  const { data, error } = useAdminData<PickupList>("/admin/pickup-orders?exhibition=current")

  return (
    <div className="flex flex-col gap-4">
      <Container className="px-6 py-4">
        <Heading level="h1">Pickup at the booths</Heading>
        <Text className="text-ui-fg-subtle">
          {data ? `${data.exhibition.title_en}: ${data.count} pickup order part(s)` : "Loading…"}
        </Text>
        {error && (
          <Text className="text-ui-fg-error" role="alert">
            {error}
          </Text>
        )}
      </Container>
      {data && !data.booths.length && (
        <Container className="px-6 py-4">
          <Text>No pickup orders yet.</Text>
        </Container>
      )}
      {(data?.booths ?? []).map((booth) => (
        <Container key={booth.booth_code} className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">
              Booth {booth.booth_code} · {booth.maker.name}
            </Heading>
          </div>
          <Table aria-label={`Pickup orders at booth ${booth.booth_code}`}>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Order</Table.HeaderCell>
                <Table.HeaderCell>Shopper</Table.HeaderCell>
                <Table.HeaderCell>Pieces</Table.HeaderCell>
                <Table.HeaderCell>Payment</Table.HeaderCell>
                <Table.HeaderCell>Maker</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {booth.orders.map((o) => {
                const payment = PAYMENT[o.payment_status as keyof typeof PAYMENT] ?? { label: o.payment_status, color: "grey" }
                const maker = MAKER_STATUS[o.maker_status as keyof typeof MAKER_STATUS] ?? { label: o.maker_status, color: "grey" }
                return (
                  <Table.Row key={o.id}>
                    <Table.Cell>
                      <a href={`/app/orders/${o.id}`} className="text-ui-fg-interactive hover:underline">
                        #{o.display_id}
                      </a>
                    </Table.Cell>
                    <Table.Cell>
                      {o.shopper.name || "—"}
                      <br />
                      <span className="text-ui-fg-subtle">{o.shopper.email}</span>
                    </Table.Cell>
                    <Table.Cell>
                      {o.items.map((i) => (
                        <div key={i.id}>
                          {i.quantity} × {i.title}
                          {i.variant_title && !/^all size$/i.test(i.variant_title) ? ` (${i.variant_title})` : ""}
                        </div>
                      ))}
                    </Table.Cell>
                    <Table.Cell>
                      <Badge color={payment.color}>{payment.label}</Badge>
                    </Table.Cell>
                    <Table.Cell>
                      <Badge color={maker.color}>{maker.label}</Badge>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
        </Container>
      ))}
    </div>
  )
}

export const config = defineRouteConfig({ label: "Booth pickup", icon: ShoppingBag })

export default PickupOrdersPage
