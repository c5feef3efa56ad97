import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Calendar } from "@medusajs/icons"
import { Badge, Container, Heading, Table, Text, toast } from "@medusajs/ui"
import { EXHIBITION_STATUS_COLOR } from "../../lib/exhibition-status"
import { formatJakarta } from "../../lib/jakarta-time"
import { errorMessage, sdk } from "../../lib/sdk"
import { useAdminData } from "../../lib/use-admin-data"
import { ExhibitionForm } from "./exhibition-form"

type ExhibitionRow = {
  id: string
  handle: string
  title_en: string
  title_id: string
  venue: string
  starts_at: string
  ends_at: string
  status: "scheduled" | "live" | "closed"
  participant_count: number
  featured_count: number
}

/** Organisers list the exhibitions and create a new one. */
const ExhibitionsPage = () => {
  const { data, error, reload } = useAdminData<{ exhibitions: ExhibitionRow[] }>("/admin/exhibitions?limit=100")

  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h1">Exhibitions</Heading>
        </div>
        {error && (
          <Text className="px-6 py-4 text-ui-fg-error" role="alert">
            {error}
          </Text>
        )}
        <Table aria-label="Exhibitions">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Title</Table.HeaderCell>
              <Table.HeaderCell>Venue</Table.HeaderCell>
              <Table.HeaderCell>Dates</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Booths</Table.HeaderCell>
              <Table.HeaderCell>Featured</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {(data?.exhibitions ?? []).map((e) => (
              <Table.Row key={e.id}>
                <Table.Cell>
                  <a href={`/app/exhibitions/${e.id}`} className="text-ui-fg-interactive hover:underline">
                    {e.title_en}
                  </a>
                </Table.Cell>
                <Table.Cell>{e.venue}</Table.Cell>
                <Table.Cell>
                  {formatJakarta(e.starts_at)} – {formatJakarta(e.ends_at)}
                </Table.Cell>
                <Table.Cell>
                  <Badge color={EXHIBITION_STATUS_COLOR[e.status]} size="2xsmall">
                    {e.status}
                  </Badge>
                </Table.Cell>
                <Table.Cell>{e.participant_count}</Table.Cell>
                <Table.Cell>{e.featured_count}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Container>
      <Container className="flex flex-col gap-4 px-6 py-4">
        <Heading level="h2">New exhibition</Heading>
        <ExhibitionForm
          submitLabel="Create exhibition"
          onSubmit={async (values) => {
            try {
              await sdk.client.fetch("/admin/exhibitions", { method: "POST", body: values })
              toast.success(`${values.title_en} created`)
              await reload()
              return true
            } catch (e) {
              toast.error(errorMessage(e))
              return false
            }
          }}
        />
      </Container>
    </div>
  )
}

export const config = defineRouteConfig({ label: "Exhibitions", icon: Calendar })

export default ExhibitionsPage
