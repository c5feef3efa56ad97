import { BATIK_FORMS, BATIK_TECHNIQUES, DYE_TYPES } from "@gelar/shared"
import { data, Form, redirect, useNavigation } from "react-router"
import { z } from "zod"
import { ProductPreview } from "~/components/portal/product-preview"
import { Alert, BUTTON, BUTTON_SECONDARY, Field, INPUT } from "~/components/portal/field"
import { hasStatus } from "~/lib/medusa/client.server"
import {
  createOwnProduct,
  deleteOwnProduct,
  getOwnProduct,
  listOwnImages,
  setVariantStock,
  updateOwnProduct,
  uploadImage,
} from "~/lib/medusa/portal.server"
import { useI18n } from "~/lib/i18n"
import { langFromPath } from "~/lib/paths"
import { type FieldErrors, typedValues } from "~/lib/portal-forms"
import { usePortalI18n } from "~/lib/portal-i18n"
import { portalPath } from "~/lib/portal-paths"
import { available, lowestPrice } from "~/lib/portal-stock"
import { withMaker } from "~/lib/portal-session.server"
import type { Route } from "./+types/product-editor"
import { type BackendRefusal, parseNewProduct, parseProductEdit, photoRefusal, pieceRefusal, SIZE_ROWS, stockRefusal } from "./product-form"
import { useMaker } from "~/components/portal/use-maker"

const Intent = z.enum(["draft", "publish", "save", "unpublish", "delete"])

/** One of the maker's pieces; another maker's is a 404 page like an unknown id (decision 005). */
async function ownProduct(token: string, id: string) {
  try {
    return await getOwnProduct(token, id)
  } catch (error) {
    if (hasStatus(error, 404)) throw data(null, { status: 404 })
    throw error
  }
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const product = params.id ? await withMaker(request, (token) => ownProduct(token, params.id!)) : null
  return {
    saved: url.searchParams.get("saved"),
    product: product && {
      id: product.id,
      handle: product.handle,
      title: product.title,
      description: product.description,
      status: product.status,
      thumbnail: product.images?.[0]?.url ?? product.thumbnail,
      images: (product.images ?? []).map((i) => i.url),
      price: lowestPrice(product),
      batik: product.batik_attributes ?? null,
      variants: (product.variants ?? []).map((v) => ({
        id: v.id,
        title: v.title,
        price: v.prices?.find((p) => p.currency_code === "idr")?.amount ?? null,
        available: available(v),
        stocked: v.stock?.stocked_quantity ?? null,
      })),
    },
  }
}

/** What the page shows after a refused submission: the problems by field, the typed values, the server's words. */
type Refused = { errors: FieldErrors; values: Record<string, string>; refused: string | null }
const refuse = (r: Refused, status = 400) => data(r, { status })
/** The backend's refusal, its problems beside their fields, with what the maker typed. */
const refuseAs = (r: BackendRefusal, values: Record<string, string>) => refuse({ ...r, values })

export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData()
  const intent = Intent.safeParse(form.get("intent"))
  if (!intent.success) return refuse({ errors: {}, values: typedValues(form), refused: null })
  const lang = langFromPath(new URL(request.url).pathname)
  const id = params.id
  if (!id) return createProduct(request, form, intent.data === "publish" ? "published" : "draft", lang)
  if (intent.data === "delete") {
    if (form.get("confirm") !== "yes") return refuse({ errors: { confirm: "confirmDelete" }, values: {}, refused: null })
    const deleted = await withMaker(request, (token) => deleteOwnProduct(token, id))
    if (!deleted.ok) return refuse({ errors: {}, values: {}, refused: deleted.message })
    throw redirect(portalPath(lang, "products"))
  }
  return editProduct(request, form, id, intent.data, lang)
}

async function createProduct(request: Request, form: FormData, status: "draft" | "published", lang: "id" | "en") {
  const parsed = parseNewProduct(form)
  if (!parsed.ok) return refuse({ errors: parsed.errors, values: parsed.values, refused: null })
  const values = typedValues(form)
  return withMaker(request, async (token) => {
    let images: string[] | undefined
    if (parsed.photo) {
      const uploaded = await uploadImage(token, parsed.photo)
      if (!uploaded.ok) return refuseAs(photoRefusal(uploaded), values)
      images = [uploaded.value.id]
    }
    const created = await createOwnProduct(token, { ...parsed.body, status, ...(images ? { images } : {}) })
    if (!created.ok) return refuseAs(pieceRefusal(created, parsed.sizes), values)
    throw redirect(`${portalPath(lang, "product", { id: created.value.id })}?saved=created`)
  })
}

async function editProduct(
  request: Request,
  form: FormData,
  id: string,
  intent: "draft" | "publish" | "save" | "unpublish",
  lang: "id" | "en"
) {
  const parsed = parseProductEdit(form)
  if (!parsed.ok) return refuse({ errors: parsed.errors, values: parsed.values, refused: null })
  const values = typedValues(form)
  const { photo, body, sizes } = parsed
  const status = intent === "publish" ? "published" : intent === "unpublish" ? "draft" : undefined
  return withMaker(request, async (token) => {
    const product = await ownProduct(token, id)
    let images: string[] | undefined
    if (photo) {
      const uploaded = await uploadImage(token, photo)
      if (!uploaded.ok) return refuseAs(photoRefusal(uploaded), values)
      // The product lists picture URLs; the API takes the maker's picture ids: keep the ones shown, add the new one.
      const { images: mine } = await listOwnImages(token)
      const idByUrl = new Map(mine.map((i) => [i.url, i.id]))
      images = [...(product.images ?? []).flatMap((i) => idByUrl.get(i.url) ?? []), uploaded.value.id]
    }
    const updated = await updateOwnProduct(token, id, {
      ...body,
      // A saved size's stock is counted under the stock route's lock against reservations, so it goes there.
      variants: body.variants.map(({ stock, ...size }) => (size.id ? size : { ...size, ...(stock === undefined ? {} : { stock }) })),
      ...(status ? { status } : {}),
      ...(images ? { images } : {}),
    })
    if (!updated.ok) return refuseAs(pieceRefusal(updated, sizes), values)
    for (const [i, size] of body.variants.entries()) {
      const variant = size.id ? product.variants?.find((v) => v.id === size.id) : undefined
      if (!variant || size.stock === undefined || variant.stock?.stocked_quantity === size.stock) continue
      const set = await setVariantStock(token, id, variant.id, size.stock)
      if (!set.ok) return refuseAs(stockRefusal(set, sizes[i].row), values)
    }
    throw redirect(`${portalPath(lang, "product", { id })}?saved=${status ?? "saved"}`)
  })
}

export const meta: Route.MetaFunction = ({ location, data }) => {
  const en = langFromPath(location.pathname) === "en"
  const title = data?.product?.title ?? (en ? "New product" : "Produk baru")
  return [{ title: `${title} — ${en ? "Gelar Maker Portal" : "Portal Perajin Gelar"}` }, { name: "robots", content: "noindex" }]
}

const FORM_ID = "product-form"

export default function ProductEditor({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = usePortalI18n()
  const { maker } = useMaker()
  const busy = useNavigation().state === "submitting"
  const { product, saved } = loaderData
  const errors: FieldErrors = actionData?.errors ?? {}
  const v = actionData?.values ?? {}
  const value = (name: string, fallback?: string | number | null) => v[name] ?? (fallback == null ? "" : String(fallback))
  const e = t.editor
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold text-nila">{product ? e.editTitle(product.title) : e.newTitle}</h1>
      {saved ? <Alert tone="info">{saved === "created" ? e.created : e.saved}</Alert> : null}
      {actionData?.refused ? (
        <Alert tone="error">
          {e.refused} {actionData.refused}
        </Alert>
      ) : Object.keys(errors).length ? (
        <Alert tone="error">{t.formHasErrors}</Alert>
      ) : null}
      <div className="grid gap-8 lg:grid-cols-[1fr_14rem]">
        <Form id={FORM_ID} method="post" encType="multipart/form-data" noValidate className="space-y-6">
          <fieldset className="space-y-4">
            <legend className="font-serif text-xl font-semibold text-nila">{e.main}</legend>
            <Field name="title" label={e.title} problem={errors.title}>
              {(c) => <input {...c} type="text" defaultValue={value("title", product?.title)} className={INPUT} />}
            </Field>
            <Field name="description" label={e.description} problem={errors.description}>
              {(c) => <textarea {...c} rows={4} defaultValue={value("description", product?.description)} className={INPUT} />}
            </Field>
          </fieldset>
          {product ? <SavedProductFields product={product} /> : null}
          <BatikFields errors={errors} value={value} batik={product?.batik ?? null} />
          <SizeFields errors={errors} value={value} saved={product?.variants ?? null} />
          <Field name="photo" label={e.photo} problem={errors.photo} hint={e.photoHint}>
            {(c) => <input {...c} type="file" accept="image/jpeg,image/png,image/webp" className={INPUT} />}
          </Field>
          <div className="flex flex-wrap gap-3">
            {product ? (
              <>
                <button type="submit" name="intent" value="save" disabled={busy} className={BUTTON}>
                  {e.save}
                </button>
                {product.status === "published" ? (
                  <button type="submit" name="intent" value="unpublish" disabled={busy} className={BUTTON_SECONDARY}>
                    {e.unpublish}
                  </button>
                ) : (
                  <button type="submit" name="intent" value="publish" disabled={busy} className={BUTTON_SECONDARY}>
                    {e.publish}
                  </button>
                )}
              </>
            ) : (
              <>
                <button type="submit" name="intent" value="draft" disabled={busy} className={BUTTON_SECONDARY}>
                  {e.saveDraft}
                </button>
                <button type="submit" name="intent" value="publish" disabled={busy} className={BUTTON}>
                  {e.savePublish}
                </button>
              </>
            )}
          </div>
        </Form>
        <aside className="lg:sticky lg:top-4 lg:self-start">
          <ProductPreview
            formId={FORM_ID}
            start={{
              id: product?.id ?? "preview",
              handle: product?.handle ?? "preview",
              title: product?.title ?? e.newTitle,
              thumbnail: product?.thumbnail ?? null,
              price: product?.price ?? null,
              in_stock: true,
              maker: { handle: maker.handle, name: maker.name },
              technique: product?.batik?.technique ?? null,
            }}
          />
        </aside>
      </div>
      {product ? (
        <section aria-labelledby="danger" className="space-y-3 rounded-xl p-4 ring-1 ring-red-300">
          <h2 id="danger" className="font-serif text-xl font-semibold text-red-900">
            {e.danger}
          </h2>
          <Form method="post" className="space-y-3">
            <Field name="confirm" label={e.confirmDelete} problem={errors.confirm}>
              {(c) => <input {...c} type="checkbox" value="yes" className="h-6 w-6" />}
            </Field>
            <button type="submit" name="intent" value="delete" className="rounded-lg bg-red-800 px-4 py-2 font-semibold text-white">
              {e.delete}
            </button>
          </Form>
        </section>
      ) : null}
    </div>
  )
}

type Value = (name: string, fallback?: string | number | null) => string

/** Batik attributes, with their rules checked on the server; a saved piece's own attributes fill them in. */
function BatikFields({ errors, value, batik }: { errors: FieldErrors; value: Value; batik: SavedProduct["batik"] }) {
  const { t } = usePortalI18n()
  const shop = useI18n().t
  const e = t.editor
  const saved = (name: string): string | number | null => {
    const v = (batik as Record<string, unknown> | null)?.[name]
    return Array.isArray(v) ? v.join(", ") : typeof v === "string" || typeof v === "number" ? v : null
  }
  const select = (name: string, label: string, options: readonly string[], labelOf: (o: string) => string) => (
    <Field name={name} label={label} problem={errors[name]}>
      {(c) => (
        <select {...c} defaultValue={value(name, saved(name))} className={INPUT}>
          <option value="">{e.choose}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {labelOf(o)}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
  const text = (name: string, label: string, hint?: string, inputMode?: "numeric" | "decimal") => (
    <Field name={name} label={label} problem={errors[name]} hint={hint}>
      {(c) => <input {...c} type="text" inputMode={inputMode} defaultValue={value(name, saved(name))} className={INPUT} />}
    </Field>
  )
  return (
    <fieldset className="space-y-4">
      <legend className="font-serif text-xl font-semibold text-nila">{e.batik}</legend>
      {select("technique", e.technique, BATIK_TECHNIQUES, (o) => shop.technique[o as keyof typeof shop.technique].name)}
      {text("batikmark_number", e.batikmarkNumber, e.batikmarkHint)}
      {text("motifs", e.motifs)}
      {select("dye_type", e.dyeType, DYE_TYPES, (o) => shop.dyeType[o as keyof typeof shop.dyeType])}
      {text("dyes", e.dyes)}
      {text("fabric", e.fabric)}
      {select("form", e.form, BATIK_FORMS, (o) => shop.form[o as keyof typeof shop.form])}
      <div className="grid grid-cols-2 gap-3">
        {text("length_cm", e.length, undefined, "decimal")}
        {text("width_cm", e.width, undefined, "decimal")}
      </div>
      {text("production_days", e.productionDays, undefined, "numeric")}
      {text("colours", e.colours)}
      {text("care_id", e.careId)}
      {text("care_en", e.careEn)}
    </fieldset>
  )
}

type SavedProduct = NonNullable<Route.ComponentProps["loaderData"]["product"]>
type SavedSize = SavedProduct["variants"][number]

/** Empty rows under a saved piece's sizes: without JavaScript a form cannot add rows, so a few wait there. */
const NEW_SIZE_ROWS = 2

/**
 * Sizes with price and stock, one row each. A saved size carries its id and a "remove" box (the form
 * works without JavaScript); the empty rows add sizes. The server checks every rule.
 */
function SizeFields({ errors, value, saved }: { errors: FieldErrors; value: Value; saved: SavedSize[] | null }) {
  const { t } = usePortalI18n()
  const e = t.editor
  const rows: { row: number; size: SavedSize | null }[] = saved
    ? [
        ...saved.map((size, i) => ({ row: i + 1, size })),
        ...Array.from({ length: NEW_SIZE_ROWS }, (_, i) => ({ row: saved.length + i + 1, size: null })),
      ]
    : SIZE_ROWS.map((row) => ({ row, size: null }))
  return (
    <fieldset className="space-y-4">
      <legend className="font-serif text-xl font-semibold text-nila">{e.sizes}</legend>
      <p className="text-sm text-stone-700">{saved ? e.sizesEditHint : e.sizesHint}</p>
      {rows.map(({ row, size }) => (
        <div key={row} className="grid grid-cols-1 gap-2 rounded-lg bg-white p-3 ring-1 ring-stone-200 sm:grid-cols-3">
          {size ? <input type="hidden" name={`size_id_${row}`} value={size.id} /> : null}
          <Field name={`size_title_${row}`} label={e.sizeName(row)} problem={errors[`size_title_${row}`]}>
            {(c) => (
              <input
                {...c}
                type="text"
                defaultValue={value(`size_title_${row}`, size ? size.title : !saved && row === 1 ? "All size" : null)}
                className={INPUT}
              />
            )}
          </Field>
          <Field name={`size_price_${row}`} label={e.price(row)} problem={errors[`size_price_${row}`]}>
            {(c) => <input {...c} type="text" inputMode="numeric" defaultValue={value(`size_price_${row}`, size?.price)} className={INPUT} />}
          </Field>
          <Field
            name={`size_stock_${row}`}
            label={e.stock(row)}
            problem={errors[`size_stock_${row}`]}
            hint={size ? (size.available === null ? t.products.stockUnknown : t.products.stock(size.available)) : undefined}
          >
            {(c) => (
              <input
                {...c}
                type="text"
                inputMode="numeric"
                defaultValue={value(`size_stock_${row}`, size ? size.stocked : !saved && row === 1 ? 1 : null)}
                className={INPUT}
              />
            )}
          </Field>
          {size ? (
            <Field name={`size_remove_${row}`} label={e.removeSize(size.title)} problem={errors[`size_remove_${row}`]}>
              {(c) => <input {...c} type="checkbox" value="yes" defaultChecked={value(`size_remove_${row}`) === "yes"} className="h-6 w-6" />}
            </Field>
          ) : null}
        </div>
      ))}
    </fieldset>
  )
}

/** A saved piece's status (changed by the buttons) and its saved photos. */
function SavedProductFields({ product }: { product: SavedProduct }) {
  const { t } = usePortalI18n()
  const e = t.editor
  return (
    <>
      <p className="text-sm">
        <span className="font-semibold">{e.status}:</span> {t.products.status[product.status] ?? product.status}
      </p>
      {product.images.length ? (
        <section aria-labelledby="photos-title" className="space-y-2">
          <h2 id="photos-title" className="font-serif text-xl font-semibold text-nila">
            {e.photos}
          </h2>
          <ul aria-labelledby="photos-title" className="flex flex-wrap gap-2">
            {product.images.map((url, i) => (
              <li key={url}>
                <img src={url} alt={`${product.title} ${i + 1}`} className="h-24 w-20 rounded object-cover" />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}
