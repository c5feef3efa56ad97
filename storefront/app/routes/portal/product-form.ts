import {
  BATIK_FORMS,
  BATIK_TECHNIQUES,
  BATIKMARK_LABEL_FOR,
  BATIKMARK_NUMBER_PATTERN,
  DYE_TYPES,
} from "@gelar/shared"
import { z } from "zod"
import type { NewMakerProduct } from "~/lib/medusa/portal.server"
import { type BackendIssue, backendIssues, type FieldErrors, type FormRefusal, parseForm, parseRupiah, typedValues } from "~/lib/portal-forms"
import type { FieldProblem } from "~/lib/portal-i18n"

/** Rows of sizes the editor offers; a form without JavaScript cannot add rows, and few pieces have more. */
export const SIZE_ROWS = [1, 2, 3, 4] as const

/** What the backend accepts as a picture (decision 005: `POST /makers/uploads`). */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"]
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024

const text = z.string().trim()
const optionalText = text.optional().transform((v) => (v ? v : undefined))
const list = optionalText.transform((v) =>
  v
    ? v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined
)
const optionalNumber = (problem: "centimetres" | "days", ok: (n: number) => boolean) =>
  optionalText.refine((v) => v === undefined || (/^\d+([.,]\d+)?$/.test(v) && ok(Number(v.replace(",", ".")))), problem)
    .transform((v) => (v === undefined ? null : Number(v.replace(",", "."))))

const batikShape = {
    technique: z.enum(BATIK_TECHNIQUES, { message: "choice" }),
    batikmark_number: optionalText,
    motifs: list,
    dye_type: z.enum(DYE_TYPES, { message: "choice" }),
    dyes: list,
    fabric: text.min(1, "required"),
    form: z.enum(BATIK_FORMS, { message: "choice" }),
    length_cm: optionalNumber("centimetres", (n) => n > 0 && n <= 1000),
    width_cm: optionalNumber("centimetres", (n) => n > 0 && n <= 1000),
    production_days: optionalNumber("days", (n) => Number.isInteger(n) && n >= 1 && n <= 730),
    colours: list,
    care_id: optionalText,
    care_en: optionalText,
}

/** The Batikmark number's rules, which depend on the technique. */
function batikmarkRules(p: { technique: string; batikmark_number?: string }, ctx: z.RefinementCtx) {
  if (!p.batikmark_number) return
  if (p.technique === "printing") ctx.addIssue({ code: "custom", path: ["batikmark_number"], message: "batikmarkPrinting" })
  else if (!BATIKMARK_NUMBER_PATTERN.test(p.batikmark_number))
    ctx.addIssue({ code: "custom", path: ["batikmark_number"], message: "batikmarkFormat" })
}

const productFields = z
  .object({ title: text.min(1, "required"), description: optionalText, ...batikShape })
  .superRefine(batikmarkRules)

/** The batik fields alone: a saved piece's texts are checked apart, since a piece without attributes may leave these empty. */
const batikFields = z.object(batikShape).superRefine(batikmarkRules)

/** The form's names of the batik attributes; a saved piece without any may leave them all empty. */
const BATIK_FIELD_NAMES = Object.keys(batikShape)

/** The body's batik attributes from the form's; the technique decides the Batikmark label's colour. */
function batikBody(p: z.infer<typeof batikFields>): NonNullable<NewMakerProduct["batik"]> {
  return {
    technique: p.technique,
    batikmark_number: p.batikmark_number ?? null,
    batikmark_label: p.batikmark_number && p.technique !== "printing" ? BATIKMARK_LABEL_FOR[p.technique] : null,
    motifs: p.motifs,
    dye_type: p.dye_type,
    dyes: p.dyes,
    fabric: p.fabric,
    form: p.form,
    length_cm: p.length_cm,
    width_cm: p.width_cm,
    production_days: p.production_days,
    colours: p.colours,
    care_id: p.care_id,
    care_en: p.care_en,
  }
}

/** The size rows a submitted form has (a saved piece shows one per size plus empty ones for new sizes). */
function sizeRowsOf(values: Record<string, string>): number[] {
  const rows = new Set<number>(SIZE_ROWS)
  for (const name of Object.keys(values)) {
    const row = /^size_(?:id|title|price|stock|remove)_(\d{1,2})$/.exec(name)?.[1]
    if (row) rows.add(Number(row))
  }
  return [...rows].sort((a, b) => a - b)
}

/** One size as the form gives it: with `id` a saved size (its stock goes through the stock route). */
export type SizeRow = { id?: string; title: string; price: number; stock?: number }

/**
 * The form row of each size sent, in the body's order, so a problem the backend names by index lands
 * beside its row (the body leaves out empty and removed rows).
 */
export type SentSize = { row: number; title: string }

/**
 * The sizes of the form: filled rows only, each with a name and a price, stock optional (the backend
 * counts one); a saved size whose "remove" box is ticked is left out, and so removed.
 */
function parseSizes(values: Record<string, string>, errors: FieldErrors): (SizeRow & { row: number })[] {
  const sizes: (SizeRow & { row: number })[] = []
  const rows = sizeRowsOf(values)
  const kept = rows.filter((row) => !(values[`size_id_${row}`] && values[`size_remove_${row}`] === "yes"))
  for (const row of kept) {
    const id = (values[`size_id_${row}`] ?? "").trim()
    const title = (values[`size_title_${row}`] ?? "").trim()
    const priceText = (values[`size_price_${row}`] ?? "").trim()
    const stockText = (values[`size_stock_${row}`] ?? "").trim()
    if (!id && !title && !priceText && !stockText) continue
    if (!title) errors[`size_title_${row}`] = "required"
    const price = parseRupiah(priceText)
    if (price === null || price < 1000) errors[`size_price_${row}`] = "price"
    const stock = stockText === "" ? undefined : /^\d{1,4}$/.test(stockText) ? Number(stockText) : null
    if (stock === null) errors[`size_stock_${row}`] = "stock"
    if (title && price !== null && stock !== null)
      sizes.push({ row, ...(id ? { id } : {}), title, price, ...(stock === undefined ? {} : { stock }) })
  }
  if (!sizes.length && !Object.keys(errors).some((k) => k.startsWith("size_"))) errors[`size_title_${kept[0] ?? rows[0]}`] = "sizeNeeded"
  const seen = new Set<string>()
  kept.forEach((row) => {
    const title = (values[`size_title_${row}`] ?? "").trim().toLowerCase()
    if (!title) return
    if (seen.has(title)) errors[`size_title_${row}`] ??= "sizeTwice"
    seen.add(title)
  })
  return sizes
}

/** The chosen photo, if any, or the problem with it. */
export function parsePhoto(form: FormData): { photo: File | null; problem?: "photoType" | "photoSize" } {
  const photo = form.get("photo")
  if (!(photo instanceof File) || photo.size === 0) return { photo: null }
  if (!PHOTO_TYPES.includes(photo.type)) return { photo, problem: "photoType" }
  if (photo.size > PHOTO_MAX_BYTES) return { photo, problem: "photoSize" }
  return { photo }
}

/**
 * Reads the new-product form into the body of `POST /makers/products` (without status and pictures),
 * or every problem by field name. The Batikmark label is not asked: the technique decides its colour.
 */
export function parseNewProduct(
  form: FormData
): { ok: true; body: Omit<NewMakerProduct, "status">; photo: File | null; sizes: SentSize[] } | FormRefusal {
  const parsed = parseForm(productFields, form)
  const errors: FieldErrors = parsed.ok ? {} : { ...parsed.errors }
  const values = parsed.ok ? typedValues(form) : parsed.values
  const variants = parseSizes(values, errors)
  const { photo, problem } = parsePhoto(form)
  if (problem) errors.photo = problem
  if (!parsed.ok || Object.keys(errors).length) return { ok: false, errors, values }
  const p = parsed.data
  return {
    ok: true,
    photo,
    body: {
      title: p.title,
      description: p.description ?? null,
      variants: variants.map(({ id: _id, row: _row, ...size }) => size),
      batik: batikBody(p),
    },
    sizes: variants.map(({ row, title }) => ({ row, title })),
  }
}

/** The texts of a saved piece that the maker API lets the portal change. */
const ProductEdit = z.object({
  title: text.min(1, "required"),
  description: text.optional().transform((v) => (v ? v : null)),
})

/** A saved piece's edit: texts, batik attributes (left out when none were given), sizes with their stock. */
export type ProductEditBody = {
  title: string
  description: string | null
  batik?: NonNullable<NewMakerProduct["batik"]>
  variants: SizeRow[]
}

/**
 * Reads the saved-piece form into the body of `POST /makers/products/:id` (without status and
 * pictures), or every problem by field name. The sizes are the full list, as the API takes them; a
 * saved size's stock is returned in `variants` too and sent through the stock route by the caller.
 */
export function parseProductEdit(
  form: FormData
): { ok: true; body: ProductEditBody; photo: File | null; sizes: SentSize[] } | FormRefusal {
  const texts = parseForm(ProductEdit, form)
  const values = texts.ok ? typedValues(form) : texts.values
  const errors: FieldErrors = texts.ok ? {} : { ...texts.errors }
  const noBatik = BATIK_FIELD_NAMES.every((name) => !(values[name] ?? "").trim())
  const batik = noBatik ? null : parseForm(batikFields, form)
  if (batik && !batik.ok) Object.assign(errors, batik.errors)
  const variants = parseSizes(values, errors)
  const { photo, problem } = parsePhoto(form)
  if (problem) errors.photo = problem
  if (!texts.ok || (batik && !batik.ok) || Object.keys(errors).length) return { ok: false, errors, values }
  return {
    ok: true,
    photo,
    body: {
      title: texts.data.title,
      description: texts.data.description,
      ...(batik?.ok ? { batik: batikBody(batik.data) } : {}),
      variants: variants.map(({ row: _row, ...size }) => size),
    },
    sizes: variants.map(({ row, title }) => ({ row, title })),
  }
}

/** What the editor shows of a refusal by the backend: problems beside their fields, the rest in the banner. */
export type BackendRefusal = { errors: FieldErrors; refused: string | null }

/** Each issue placed beside the fields it concerns; the issues that concern none are the banner's words. */
function placeIssues(issues: BackendIssue[], place: (issue: BackendIssue) => [string, FieldProblem][]): BackendRefusal {
  const errors: FieldErrors = {}
  const general: string[] = []
  for (const issue of issues) {
    const found = place(issue)
    if (!found.length) general.push(issue.text)
    for (const [name, problem] of found) errors[name] ??= problem
  }
  return { errors, refused: general.length ? general.join("; ") : null }
}

/** What each batik attribute's refusal means, in the form's words (the form checks the same rules). */
const BATIK_PROBLEM: Partial<Record<string, FieldProblem>> = {
  technique: "choice",
  dye_type: "choice",
  form: "choice",
  length_cm: "centimetres",
  width_cm: "centimetres",
  production_days: "days",
  batikmark_number: "batikmarkFormat",
}

const MISSING = / too small|is required|cannot be empty/

/** The fields one issue of a refused piece concerns: by the body path it names, else by its words. */
function pieceIssueFields({ path, text }: BackendIssue, sizes: SentSize[]): [string, FieldProblem][] {
  const [field, index, key] = path ?? []
  if (field === "variants" && index !== undefined && (key === "title" || key === "price" || key === "stock")) {
    const row = sizes[Number(index)]?.row
    if (row === undefined) return []
    return [[`size_${key}_${row}`, key === "title" ? (MISSING.test(text) ? "required" : "refused") : key]]
  }
  if (field === "batik" && index && BATIK_FIELD_NAMES.includes(index)) {
    return [[index, BATIK_PROBLEM[index] ?? (MISSING.test(text) ? "required" : "refused")]]
  }
  if (field === "title" || field === "description") return [[field, MISSING.test(text) ? "required" : "refused"]]
  if (field === "images") return [["photo", "photoLimit"]]
  if (path) return []
  // Refinements and workflow rules name no path: their words say which field they are about.
  if (text.includes("each size name must be different")) {
    const seen = new Set<string>()
    return sizes.flatMap(({ row, title }): [string, FieldProblem][] => {
      const twice = seen.has(title)
      seen.add(title)
      return twice ? [[`size_title_${row}`, "sizeTwice"]] : []
    })
  }
  if (text.includes("at least one size")) return [[`size_title_${sizes[0]?.row ?? SIZE_ROWS[0]}`, "sizeNeeded"]]
  // The Batikmark rules' sentences come joined in one issue; the form gives the label itself, so only the number's can be wrong.
  if (/cannot carry a Batikmark/.test(text)) return [["batikmark_number", "batikmarkPrinting"]]
  if (/certificate number .* does not have the format/.test(text)) return [["batikmark_number", "batikmarkFormat"]]
  return []
}

/**
 * A refused create or edit of a piece (`POST /makers/products[/:id]`): a 400's issues beside the fields
 * they concern (a size's by the row it was sent from), only the others in the banner; any other refusal
 * (e.g. a 404) in the banner.
 */
export function pieceRefusal(refusal: { status: number; message: string }, sizes: SentSize[]): BackendRefusal {
  if (refusal.status !== 400) return { errors: {}, refused: refusal.message }
  return placeIssues(backendIssues(refusal.message), (issue) => pieceIssueFields(issue, sizes))
}

/** A refused stock count of the size sent from this row: beside its stock field when the count is the problem. */
export function stockRefusal(refusal: { status: number; message: string }, row: number): BackendRefusal {
  if (refusal.status !== 400) return { errors: {}, refused: refusal.message }
  return placeIssues(backendIssues(refusal.message), ({ path, text }) =>
    /already sold|cannot be less than/.test(text)
      ? [[`size_stock_${row}`, "stockSold"]]
      : path?.[0] === "quantity" || /cannot go below/.test(text)
        ? [[`size_stock_${row}`, "stock"]]
        : []
  )
}

/** A refused photo upload: beside the photo field when the picture itself is the problem (too large, not a picture). */
export function photoRefusal(refusal: { status: number; message: string }): BackendRefusal {
  if (refusal.status === 413 || /larger than/.test(refusal.message)) return { errors: { photo: "photoSize" }, refused: null }
  if (refusal.status === 400 && /JPEG, PNG or WebP|is sent as|is named as|could not be read as a picture|is empty/.test(refusal.message)) {
    return { errors: { photo: "photoType" }, refused: null }
  }
  return { errors: {}, refused: refusal.message }
}
