import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Table, Tabs, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { errorMessage, sdk } from "../../lib/sdk"
import { useAdminData } from "../../lib/use-admin-data"

type Maker = {
  id: string
  handle: string
  name: string
  district: string
  sentra: string | null
  size_class: string
  status: "pending" | "approved" | "suspended"
  product_count: number
}

const STATUSES = [
  { value: "pending", label: "Pending" },
  { value: "approved", label: "Approved" },
  { value: "suspended", label: "Suspended" },
] as const

const STATUS_COLOR = { pending: "orange", approved: "green", suspended: "red" } as const

/**
 * Organisers review makers by status and approve or suspend them; approval puts a maker's
 * products on sale online, suspension takes them off every store page at once.
 */
const MakersPage = () => {
  const [status, setStatus] = useState<Maker["status"]>("pending")
  const [busy, setBusy] = useState<string | null>(null)
  const { data, error, reload } = useAdminData<{ makers: Maker[]; count: number }>(
    `/admin/makers?status=${status}&limit=100`
  )

  const act = async (maker: Maker, action: "approve" | "suspend") => {
    setBusy(maker.id)
    try {
      await sdk.client.fetch(`/admin/makers/${maker.id}/${action}`, { method: "POST" })
      toast.success(action === "approve" ? `${maker.name} approved` : `${maker.name} suspended`)
      await reload()
    } catch (e) {
      toast.error(errorMessage(e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h1">Makers</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Approve a maker to sell its products online; suspend it to hide them everywhere in the store.
        </Text>
      </div>
      <Tabs value={status} onValueChange={(v) => setStatus(v as Maker["status"])}>
        <Tabs.List className="px-6 py-3">
          {STATUSES.map((s) => (
            <Tabs.Trigger key={s.value} value={s.value}>
              {s.label}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </Tabs>
      {error && (
        <Text className="px-6 py-4 text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
      <Table aria-label={`${status} makers`}>
        <Table.Header>
          <Table.Row>
            <Table.HeaderCell>Name</Table.HeaderCell>
            <Table.HeaderCell>District / sentra</Table.HeaderCell>
            <Table.HeaderCell>Size</Table.HeaderCell>
            <Table.HeaderCell>Products</Table.HeaderCell>
            <Table.HeaderCell>Status</Table.HeaderCell>
            <Table.HeaderCell>Actions</Table.HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {(data?.makers ?? []).map((maker) => (
            <Table.Row key={maker.id}>
              <Table.Cell>{maker.name}</Table.Cell>
              <Table.Cell>
                {maker.district}
                {maker.sentra ? ` / ${maker.sentra}` : ""}
              </Table.Cell>
              <Table.Cell>{maker.size_class}</Table.Cell>
              <Table.Cell>{maker.product_count}</Table.Cell>
              <Table.Cell>
                <Badge color={STATUS_COLOR[maker.status]} size="2xsmall">
                  {maker.status}
                </Badge>
              </Table.Cell>
              <Table.Cell>
                <div className="flex gap-2">
                  {maker.status !== "approved" && (
                    <Button
                      size="small"
                      variant="secondary"
                      isLoading={busy === maker.id}
                      aria-label={`Approve ${maker.name}`}
                      onClick={() => act(maker, "approve")}
                    >
                      Approve
                    </Button>
                  )}
                  {maker.status !== "suspended" && (
                    <Button
                      size="small"
                      variant="danger"
                      isLoading={busy === maker.id}
                      aria-label={`Suspend ${maker.name}`}
                      onClick={() => act(maker, "suspend")}
                    >
                      Suspend
                    </Button>
                  )}
                </div>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {data && data.makers.length === 0 && (
        <Text className="px-6 py-4 text-ui-fg-subtle">No {status} makers.</Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Makers", icon: Users })

export default MakersPage
