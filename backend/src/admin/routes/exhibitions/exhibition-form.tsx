import { Button, Input, Label, Textarea } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import { fromJakartaInput, toJakartaInput } from "../../lib/jakarta-time"

/** The fields organisers edit on an exhibition (instants as ISO strings). */
export type ExhibitionValues = {
  handle: string
  title_id: string
  title_en: string
  description_id: string
  description_en: string
  venue: string
  address: string
  starts_at: string
  ends_at: string
}

const EMPTY: ExhibitionValues = {
  handle: "",
  title_id: "",
  title_en: "",
  description_id: "",
  description_en: "",
  venue: "",
  address: "",
  starts_at: "",
  ends_at: "",
}

const TEXT_FIELDS: { key: keyof ExhibitionValues; label: string; long?: boolean }[] = [
  { key: "handle", label: "Handle" },
  { key: "title_id", label: "Title (Indonesian)" },
  { key: "title_en", label: "Title (English)" },
  { key: "venue", label: "Venue" },
  { key: "address", label: "Address" },
  { key: "description_id", label: "Description (Indonesian)", long: true },
  { key: "description_en", label: "Description (English)", long: true },
]

/**
 * Create/edit form for an exhibition. Dates are typed as Asia/Jakarta wall-clock time, the way
 * the organisers announce them, and sent with the +07:00 offset.
 */
export const ExhibitionForm = ({
  initial,
  submitLabel,
  onSubmit,
}: {
  initial?: Partial<ExhibitionValues>
  submitLabel: string
  onSubmit: (values: ExhibitionValues) => Promise<boolean>
}) => {
  const [values, setValues] = useState<ExhibitionValues>({
    ...EMPTY,
    ...initial,
    starts_at: initial?.starts_at ? toJakartaInput(initial.starts_at) : "",
    ends_at: initial?.ends_at ? toJakartaInput(initial.ends_at) : "",
  })
  const [busy, setBusy] = useState(false)
  const set = (key: keyof ExhibitionValues) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [key]: e.target.value }))

  const submit = async (e: FormEvent) => {
    e.preventDefault()
    setBusy(true)
    const ok = await onSubmit({
      ...values,
      starts_at: fromJakartaInput(values.starts_at),
      ends_at: fromJakartaInput(values.ends_at),
    })
    setBusy(false)
    if (ok && !initial) {
      setValues(EMPTY)
    }
  }

  return (
    <form onSubmit={submit} className="grid grid-cols-2 gap-4">
      {TEXT_FIELDS.map(({ key, label, long }) => (
        <div key={key} className={long ? "col-span-2 flex flex-col gap-1" : "flex flex-col gap-1"}>
          <Label htmlFor={`exhibition-${key}`}>{label}</Label>
          {long ? (
            <Textarea id={`exhibition-${key}`} value={values[key]} onChange={set(key)} />
          ) : (
            <Input id={`exhibition-${key}`} value={values[key]} onChange={set(key)} />
          )}
        </div>
      ))}
      <div className="flex flex-col gap-1">
        <Label htmlFor="exhibition-starts_at">Starts (WIB, Asia/Jakarta)</Label>
        <Input id="exhibition-starts_at" type="datetime-local" value={values.starts_at} onChange={set("starts_at")} />
      </div>
      <div className="flex flex-col gap-1">
        <Label htmlFor="exhibition-ends_at">Ends (WIB, Asia/Jakarta)</Label>
        <Input id="exhibition-ends_at" type="datetime-local" value={values.ends_at} onChange={set("ends_at")} />
      </div>
      <div className="col-span-2">
        <Button type="submit" isLoading={busy}>
          {submitLabel}
        </Button>
      </div>
    </form>
  )
}
