import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Badge, Button, Container, Heading, Label, Text, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { errorMessage, sdk } from "../lib/sdk"
import { useAdminData } from "../lib/use-admin-data"

type BatikAttributes = {
  technique: string
  batikmark_number: string | null
  batikmark_label: string | null
  motifs: string[]
  dye_type: string
  dyes: string[]
  fabric: string
  form: string
  length_cm: number | null
  width_cm: number | null
  production_days: number | null
  colours: string[]
}

type Maker = { id: string; name: string; handle: string; status: string }
type ExhibitionOption = { id: string; title_en: string; status: string }

const list = (values: string[]) => (values.length ? values.join(", ") : "—")

/** One labelled value of the attribute list. */
const Row = ({ label, value }: { label: string; value: string }) => (
  <div className="grid grid-cols-2 gap-2 px-6 py-2">
    <Text size="small" weight="plus">
      {label}
    </Text>
    <Text size="small">{value}</Text>
  </div>
)

/**
 * On the product page: who made the piece (and a way to set it), its batik attributes, and a form to
 * feature it in an exhibition that has not closed (the backend explains when it cannot be featured).
 */
const ProductMakerBatikWidget = ({ data: product }: DetailWidgetProps<HttpTypes.AdminProduct>) => {
  const info = useAdminData<{ batik_attributes: BatikAttributes | null; maker: Maker | null }>(
    `/admin/products/${product.id}/batik`
  )
  const exhibitions = useAdminData<{ exhibitions: ExhibitionOption[] }>("/admin/exhibitions?limit=100")
  const makers = useAdminData<{ makers: Maker[] }>("/admin/makers?limit=100")
  const [exhibitionId, setExhibitionId] = useState("")
  const [makerId, setMakerId] = useState("")
  const [busy, setBusy] = useState<"feature" | "maker" | null>(null)
  const open = (exhibitions.data?.exhibitions ?? []).filter((e) => e.status !== "closed")
  const batik = info.data?.batik_attributes
  const maker = info.data?.maker

  const setMaker = async (e: FormEvent) => {
    e.preventDefault()
    setBusy("maker")
    try {
      await sdk.client.fetch(`/admin/makers/${makerId}/products`, {
        method: "POST",
        body: { product_ids: [product.id] },
      })
      toast.success(`${product.title} now belongs to ${makers.data?.makers.find((m) => m.id === makerId)?.name}`)
      setMakerId("")
      await info.reload()
    } catch (err) {
      toast.error(errorMessage(err))
    } finally {
      setBusy(null)
    }
  }

  const feature = async (e: FormEvent) => {
    e.preventDefault()
    setBusy("feature")
    try {
      await sdk.client.fetch(`/admin/exhibitions/${exhibitionId}/featured`, {
        method: "POST",
        body: { product_id: product.id },
      })
      toast.success(`${product.title} featured in ${open.find((x) => x.id === exhibitionId)?.title_en}`)
      setExhibitionId("")
    } catch (err) {
      toast.error(errorMessage(err))
    } finally {
      setBusy(null)
    }
  }

  return (
    <Container className="divide-y p-0">
      <div className="px-6 py-4">
        <Heading level="h2">Maker and batik</Heading>
      </div>
      {info.error && (
        <Text role="alert" className="px-6 py-4 text-ui-fg-error">
          {info.error}
        </Text>
      )}
      <div className="flex items-center gap-2 px-6 py-3">
        <Text size="small" weight="plus">
          Maker
        </Text>
        {maker ? (
          <>
            <Text size="small">{maker.name}</Text>
            <Badge size="2xsmall" color={maker.status === "approved" ? "green" : "orange"}>
              {maker.status}
            </Badge>
          </>
        ) : (
          <Text size="small" className="text-ui-fg-subtle">
            No maker linked
          </Text>
        )}
      </div>
      <form onSubmit={setMaker} className="flex flex-col gap-2 px-6 py-3">
        <Label htmlFor="product-maker">{maker ? "Move to another maker" : "Maker of this product"}</Label>
        <select
          id="product-maker"
          className="bg-ui-bg-field shadow-borders-base txt-compact-small h-8 rounded-md px-2"
          value={makerId}
          onChange={(e) => setMakerId(e.target.value)}
          required
        >
          <option value="">Choose a maker</option>
          {(makers.data?.makers ?? [])
            .filter((m) => m.id !== maker?.id)
            .map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} ({m.status})
              </option>
            ))}
        </select>
        <Button type="submit" size="small" variant="secondary" isLoading={busy === "maker"}>
          Set maker
        </Button>
      </form>
      {batik ? (
        <div className="py-2">
          <Row label="Technique" value={batik.technique} />
          <Row
            label="Batikmark"
            value={batik.batikmark_number ? `${batik.batikmark_number} (${batik.batikmark_label})` : "—"}
          />
          <Row label="Motifs" value={list(batik.motifs)} />
          <Row label="Dye" value={`${batik.dye_type}: ${list(batik.dyes)}`} />
          <Row label="Fabric" value={batik.fabric} />
          <Row label="Form" value={batik.form} />
          <Row
            label="Size"
            value={batik.length_cm ? `${batik.length_cm}${batik.width_cm ? ` × ${batik.width_cm}` : ""} cm` : "—"}
          />
          <Row label="Production" value={batik.production_days ? `${batik.production_days} days` : "—"} />
          <Row label="Colours" value={list(batik.colours)} />
        </div>
      ) : (
        info.data && (
          <Text size="small" className="px-6 py-3 text-ui-fg-subtle">
            No batik attributes yet.
          </Text>
        )
      )}
      <form onSubmit={feature} className="flex flex-col gap-2 px-6 py-4">
        <Label htmlFor="feature-in-exhibition">Feature in an exhibition</Label>
        <select
          id="feature-in-exhibition"
          className="bg-ui-bg-field shadow-borders-base txt-compact-small h-8 rounded-md px-2"
          value={exhibitionId}
          onChange={(e) => setExhibitionId(e.target.value)}
          required
        >
          <option value="">Choose an exhibition</option>
          {open.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title_en} ({x.status})
            </option>
          ))}
        </select>
        <Button type="submit" size="small" variant="secondary" isLoading={busy === "feature"}>
          Feature in exhibition
        </Button>
      </form>
    </Container>
  )
}

export const config = defineWidgetConfig({ zone: "product.details.side.after" })

export default ProductMakerBatikWidget
