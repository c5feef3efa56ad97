import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Users } from "@medusajs/icons"
import { Badge, Button, Container, Heading, Input, Label, Table, Tabs, Text, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
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

type Outcome = { ok: boolean; text: string }

/**
 * Sends a person an invite link to a maker's portal (POST /admin/makers/:id/invite) and says what
 * happened in words: the address it went to, or the API's own reason for refusing.
 */
const InviteForm = ({ maker, onClose }: { maker: Maker; onClose: () => void }) => {
  const [email, setEmail] = useState("")
  const [sending, setSending] = useState(false)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  const send = async (e: FormEvent) => {
    e.preventDefault()
    setSending(true)
    try {
      await sdk.client.fetch(`/admin/makers/${maker.id}/invite`, { method: "POST", body: { email } })
      setOutcome({ ok: true, text: `Invite link sent to ${email}. It is valid for 7 days.` })
      setEmail("")
    } catch (err) {
      setOutcome({ ok: false, text: errorMessage(err) })
    } finally {
      setSending(false)
    }
  }

  const field = `invite-email-${maker.id}`
  return (
    <form onSubmit={send} className="flex flex-col gap-y-2 px-6 py-4" aria-label={`Invite a person to ${maker.name}`}>
      <Heading level="h2">Invite a person to {maker.name}</Heading>
      <Text size="small" className="text-ui-fg-subtle">
        They get an email with a link to join this maker's portal after registering with the same address.
      </Text>
      <div className="flex items-end gap-2">
        <div className="flex flex-col gap-y-1">
          <Label htmlFor={field}>Email</Label>
          <Input id={field} type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </div>
        <Button type="submit" size="small" isLoading={sending}>
          Send invite
        </Button>
        <Button type="button" size="small" variant="secondary" onClick={onClose}>
          Close
        </Button>
      </div>
      {outcome && (
        <Text size="small" role={outcome.ok ? "status" : "alert"} className={outcome.ok ? "text-ui-fg-base" : "text-ui-fg-error"}>
          {outcome.text}
        </Text>
      )}
    </form>
  )
}

/**
 * Organisers review makers by status and approve or suspend them; approval puts a maker's
 * products on sale online, suspension takes them off every store page at once.
 */
const MakersPage = () => {
  const [status, setStatus] = useState<Maker["status"]>("pending")
  const [busy, setBusy] = useState<string | null>(null)
  const [inviting, setInviting] = useState<Maker | null>(null)
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
                  <Button
                    size="small"
                    variant="secondary"
                    aria-label={`Invite a person to ${maker.name}`}
                    onClick={() => setInviting(maker)}
                  >
                    Invite a person
                  </Button>
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
      {inviting && <InviteForm key={inviting.id} maker={inviting} onClose={() => setInviting(null)} />}
      {data && data.makers.length === 0 && (
        <Text className="px-6 py-4 text-ui-fg-subtle">No {status} makers.</Text>
      )}
    </Container>
  )
}

export const config = defineRouteConfig({ label: "Makers", icon: Users })

export default MakersPage
