import { ArrowDownMini, ArrowUpMini, Trash } from "@medusajs/icons"
import { Badge, Button, Container, Heading, IconButton, Input, Label, Table, Text, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { EXHIBITION_STATUS_COLOR } from "../../../lib/exhibition-status"
import { errorMessage, sdk } from "../../../lib/sdk"
import { useAdminData } from "../../../lib/use-admin-data"
import { ExhibitionForm, type ExhibitionValues } from "../exhibition-form"

type Participant = {
  id: string
  booth_code: string
  maker_id: string
  maker: {
    name: string
    handle: string
    status: string
    products?: { id: string; title: string; status: string }[]
  } | null
}

type FeaturedItem = {
  id: string
  product_id: string
  position: number
  note_id: string | null
  note_en: string | null
  product: { title: string; handle: string; status: string } | null
}

type Exhibition = ExhibitionValues & {
  id: string
  status: keyof typeof EXHIBITION_STATUS_COLOR
  participants: Participant[]
  featured_items: FeaturedItem[]
}

type MakerOption = { id: string; name: string }

/** Runs one admin request, reports the outcome as a toast and reloads the page's data on success. */
function useAction(reload: () => Promise<void>) {
  const [busy, setBusy] = useState<string | null>(null)
  const run = async (key: string, request: () => Promise<unknown>, success: string) => {
    setBusy(key)
    try {
      await request()
      toast.success(success)
      await reload()
      return true
    } catch (e) {
      toast.error(errorMessage(e))
      return false
    } finally {
      setBusy(null)
    }
  }
  return { busy, run }
}

/**
 * One exhibition for organisers: its details, the makers with their booths, and the featured
 * products in the order shoppers see them, with controls to add, remove and move them.
 */
const ExhibitionDetailPage = () => {
  // The dashboard routes with its own copy of react-router, whose context an extension cannot
  // reach (a second copy is hoisted at the root), so the id is read from the address itself.
  const id = window.location.pathname.split("/").filter(Boolean).pop()
  const path = `/admin/exhibitions/${id}`
  const { data, error, reload } = useAdminData<{ exhibition: Exhibition }>(path)
  const makers = useAdminData<{ makers: MakerOption[] }>("/admin/makers?status=approved&limit=100")
  const { busy, run } = useAction(reload)
  const [makerId, setMakerId] = useState("")
  const [booth, setBooth] = useState("")
  const [productId, setProductId] = useState("")
  const [noteId, setNoteId] = useState("")
  const [noteEn, setNoteEn] = useState("")

  if (error) {
    return (
      <Container>
        <Text role="alert" className="text-ui-fg-error">
          {error}
        </Text>
      </Container>
    )
  }
  if (!data) {
    return <Container>Loading…</Container>
  }
  const exhibition = data.exhibition
  const featured = exhibition.featured_items
  const featuredIds = new Set(featured.map((f) => f.product_id))
  const featurable = exhibition.participants.flatMap((p) =>
    p.maker?.status === "approved"
      ? (p.maker.products ?? [])
          .filter((product) => product && !featuredIds.has(product.id))
          .map((product) => ({ id: product.id, label: `${product.title} — ${p.maker!.name}` }))
      : []
  )

  const move = (index: number, by: -1 | 1) => {
    const order = featured.map((f) => f.product_id)
    const [moved] = order.splice(index, 1)
    order.splice(index + by, 0, moved)
    const title = featured[index].product?.title ?? moved
    return run(
      `move-${moved}`,
      () => sdk.client.fetch(`${path}/featured/reorder`, { method: "POST", body: { product_ids: order } }),
      `${title} moved ${by < 0 ? "up" : "down"}`
    )
  }

  const addParticipant = async (e: FormEvent) => {
    e.preventDefault()
    const ok = await run(
      "participant",
      () => sdk.client.fetch(`${path}/participants`, { method: "POST", body: { maker_id: makerId, booth_code: booth } }),
      `Booth ${booth} saved`
    )
    if (ok) {
      setBooth("")
    }
  }

  const feature = async (e: FormEvent) => {
    e.preventDefault()
    const ok = await run(
      "feature",
      () =>
        sdk.client.fetch(`${path}/featured`, {
          method: "POST",
          body: { product_id: productId, note_id: noteId || null, note_en: noteEn || null },
        }),
      "Product featured"
    )
    if (ok) {
      setProductId("")
      setNoteId("")
      setNoteEn("")
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <Container className="flex flex-col gap-4 px-6 py-4">
        <div className="flex items-center gap-3">
          <Heading level="h1">{exhibition.title_en}</Heading>
          <Badge color={EXHIBITION_STATUS_COLOR[exhibition.status]} size="2xsmall">
            {exhibition.status}
          </Badge>
        </div>
        <ExhibitionForm
          key={exhibition.id}
          initial={exhibition}
          submitLabel="Save exhibition"
          onSubmit={(values) =>
            run("save", () => sdk.client.fetch(path, { method: "POST", body: values }), "Exhibition saved")
          }
        />
      </Container>

      <Container className="flex flex-col gap-4 px-6 py-4">
        <Heading level="h2">Participants and booths</Heading>
        <Table aria-label="Participants">
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Booth</Table.HeaderCell>
              <Table.HeaderCell>Maker</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Remove</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {exhibition.participants.map((p) => (
              <Table.Row key={p.id}>
                <Table.Cell>{p.booth_code}</Table.Cell>
                <Table.Cell>{p.maker?.name ?? p.maker_id}</Table.Cell>
                <Table.Cell>{p.maker?.status}</Table.Cell>
                <Table.Cell>
                  <IconButton
                    size="small"
                    variant="transparent"
                    aria-label={`Remove ${p.maker?.name ?? p.maker_id} from booth ${p.booth_code}`}
                    disabled={busy !== null}
                    onClick={() =>
                      run(
                        `remove-${p.maker_id}`,
                        () => sdk.client.fetch(`${path}/participants/${p.maker_id}`, { method: "DELETE" }),
                        `${p.maker?.name ?? p.maker_id} removed with its featured products`
                      )
                    }
                  >
                    <Trash />
                  </IconButton>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
        <form onSubmit={addParticipant} className="flex items-end gap-3">
          <div className="flex flex-col gap-1">
            <Label htmlFor="participant-maker">Maker</Label>
            <select
              id="participant-maker"
              className="bg-ui-bg-field shadow-borders-base txt-compact-small h-8 rounded-md px-2"
              value={makerId}
              onChange={(e) => setMakerId(e.target.value)}
              required
            >
              <option value="">Choose an approved maker</option>
              {(makers.data?.makers ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="participant-booth">Booth code</Label>
            <Input id="participant-booth" value={booth} onChange={(e) => setBooth(e.target.value)} required />
          </div>
          <Button type="submit" variant="secondary" isLoading={busy === "participant"}>
            Save booth
          </Button>
        </form>
      </Container>

      <Container className="flex flex-col gap-4 px-6 py-4">
        <Heading level="h2">Featured products</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          Shown to shoppers in this order. Only products of approved makers with a booth can be featured.
        </Text>
        <ol aria-label="Featured products" className="flex flex-col divide-y">
          {featured.map((f, i) => {
            const title = f.product?.title ?? f.product_id
            return (
              <li key={f.id} className="flex items-center gap-3 py-2">
                <Text className="w-8 text-ui-fg-subtle">{f.position}.</Text>
                <div className="flex-1">
                  <Text weight="plus">{title}</Text>
                  {(f.note_id || f.note_en) && (
                    <Text size="small" className="text-ui-fg-subtle">
                      {[f.note_id, f.note_en].filter(Boolean).join(" / ")}
                    </Text>
                  )}
                </div>
                <IconButton
                  size="small"
                  aria-label={`Move ${title} up`}
                  disabled={i === 0 || busy !== null}
                  onClick={() => move(i, -1)}
                >
                  <ArrowUpMini />
                </IconButton>
                <IconButton
                  size="small"
                  aria-label={`Move ${title} down`}
                  disabled={i === featured.length - 1 || busy !== null}
                  onClick={() => move(i, 1)}
                >
                  <ArrowDownMini />
                </IconButton>
                <IconButton
                  size="small"
                  variant="transparent"
                  aria-label={`Stop featuring ${title}`}
                  disabled={busy !== null}
                  onClick={() =>
                    run(
                      `unfeature-${f.product_id}`,
                      () => sdk.client.fetch(`${path}/featured/${f.product_id}`, { method: "DELETE" }),
                      `${title} is no longer featured`
                    )
                  }
                >
                  <Trash />
                </IconButton>
              </li>
            )
          })}
        </ol>
        {featured.length === 0 && <Text className="text-ui-fg-subtle">Nothing featured yet.</Text>}
        <form onSubmit={feature} className="grid grid-cols-3 items-end gap-3">
          <div className="flex flex-col gap-1">
            <Label htmlFor="feature-product">Product to feature</Label>
            <select
              id="feature-product"
              className="bg-ui-bg-field shadow-borders-base txt-compact-small h-8 rounded-md px-2"
              value={productId}
              onChange={(e) => setProductId(e.target.value)}
              required
            >
              <option value="">Choose a product</option>
              {featurable.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="feature-note-id">Curator's note (Indonesian)</Label>
            <Input id="feature-note-id" value={noteId} onChange={(e) => setNoteId(e.target.value)} />
          </div>
          <div className="flex flex-col gap-1">
            <Label htmlFor="feature-note-en">Curator's note (English)</Label>
            <Input id="feature-note-en" value={noteEn} onChange={(e) => setNoteEn(e.target.value)} />
          </div>
          <div>
            <Button type="submit" isLoading={busy === "feature"}>
              Feature product
            </Button>
          </div>
        </form>
      </Container>
    </div>
  )
}

export default ExhibitionDetailPage
