import { data, Form, redirect, useNavigation } from "react-router"
import { Alert, BUTTON, Field, INPUT } from "~/components/portal/field"
import { getOwnProfile, listOwnImages, updateOwnProfile, uploadImage } from "~/lib/medusa/portal.server"
import { langFromPath } from "~/lib/paths"
import type { FieldErrors } from "~/lib/portal-forms"
import { type FieldProblem, usePortalI18n } from "~/lib/portal-i18n"
import { portalPath } from "~/lib/portal-paths"
import { withMaker } from "~/lib/portal-session.server"
import type { Route } from "./+types/profile"
import { parseProfile, personRows, problemsFromBackend } from "./profile-form"

export async function loader({ request }: Route.LoaderArgs) {
  const [profile, { images }] = await withMaker(request, (token) => Promise.all([getOwnProfile(token), listOwnImages(token)]))
  const idOf = new Map(images.map((i) => [i.url, i.id]))
  return {
    saved: new URL(request.url).searchParams.has("saved"),
    profile: {
      name: profile.name,
      story_id: profile.story_id ?? "",
      story_en: profile.story_en ?? "",
      people: profile.people ?? [],
      pickup_address: profile.pickup_address ?? "",
      email: profile.email ?? "",
      phone: profile.phone ?? "",
      whatsapp: profile.whatsapp ?? "",
      // The backend answers with URLs; the form chooses uploads by id.
      photos: (profile.photos ?? []).flatMap((url) => idOf.get(url) ?? []),
      logo: (profile.logo_url && idOf.get(profile.logo_url)) || "",
    },
    images: images.map((i) => ({ id: i.id, url: i.thumbnail_url || i.url })),
  }
}

/** What the page shows after a refused save: the problems by field, the typed values, the server's words. */
type Refused = { errors: FieldErrors; values: Record<string, string>; refused: string | null }
const refuse = (r: Refused, status = 400) => data(r, { status })

export async function action({ request }: Route.ActionArgs) {
  const form = await request.formData()
  const parsed = parseProfile(form)
  if (!parsed.ok) return refuse({ errors: parsed.errors, values: parsed.values, refused: null })
  const { body, values } = parsed
  return withMaker(request, async (token) => {
    for (const [field, file] of [["new_photo", parsed.newPhoto], ["new_logo", parsed.newLogo]] as const) {
      if (!file) continue
      const uploaded = await uploadImage(token, file)
      if (!uploaded.ok) return refuse({ errors: { [field]: "refused" }, values, refused: uploaded.message }, uploaded.status)
      if (field === "new_logo") body.logo_image_id = values.logo = uploaded.value.id
      else body.photos = (values.photos = [values.photos, uploaded.value.id].filter(Boolean).join(",")).split(",")
    }
    const saved = await updateOwnProfile(token, body)
    if (!saved.ok) {
      const errors = saved.status === 400 ? problemsFromBackend(saved.message) : {}
      return refuse({ errors, values, refused: Object.keys(errors).length ? null : saved.message }, saved.status)
    }
    throw redirect(`${portalPath(langFromPath(new URL(request.url).pathname), "profile")}?saved=1`)
  })
}

export const meta: Route.MetaFunction = ({ location }) => {
  const en = langFromPath(location.pathname) === "en"
  return [{ title: en ? "Maker profile — Gelar Maker Portal" : "Profil perajin — Portal Perajin Gelar" }, { name: "robots", content: "noindex" }]
}

export default function Profile({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = usePortalI18n()
  const busy = useNavigation().state === "submitting"
  const { profile, images, saved } = loaderData
  const errors: FieldErrors = actionData?.errors ?? {}
  const v = actionData?.values
  const value = (name: string, fallback = "") => v?.[name] ?? fallback
  const photos = new Set(v ? (v.photos ? v.photos.split(",") : []) : profile.photos)
  const logo = v ? (v.logo ?? "") : profile.logo
  const p = t.profile
  const text = (name: string, label: string, fallback: string, type = "text") => (
    <Field name={name} label={label} problem={errors[name]}>
      {(c) => <input {...c} type={type} defaultValue={value(name, fallback)} className={INPUT} />}
    </Field>
  )
  const area = (name: string, label: string, fallback: string) => (
    <Field name={name} label={label} problem={errors[name]}>
      {(c) => <textarea {...c} rows={5} defaultValue={value(name, fallback)} className={INPUT} />}
    </Field>
  )
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold text-nila">{p.title}</h1>
      {saved && !actionData ? <Alert tone="info">{p.saved}</Alert> : null}
      {actionData?.refused ? (
        <Alert tone="error">
          {p.refused} {actionData.refused}
        </Alert>
      ) : Object.keys(errors).length ? (
        <Alert tone="error">{t.formHasErrors}</Alert>
      ) : null}
      <Form method="post" encType="multipart/form-data" noValidate className="space-y-6">
        <fieldset className="space-y-4">
          <legend className="font-serif text-xl font-semibold text-nila">{p.about}</legend>
          {text("name", p.name, profile.name)}
          {area("story_id", p.storyId, profile.story_id)}
          {area("story_en", p.storyEn, profile.story_en)}
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="font-serif text-xl font-semibold text-nila">{p.people}</legend>
          <p className="text-sm text-stone-700">{p.peopleHint}</p>
          {personRows(profile.people).map((row) => {
            const person = profile.people[row - 1]
            return (
              <div key={row} className="grid grid-cols-1 gap-2 rounded-lg bg-white p-3 ring-1 ring-stone-200 sm:grid-cols-2">
                {text(`person_name_${row}`, p.personName(row), person?.name ?? "")}
                {text(`person_role_${row}`, p.personRole(row), person?.role ?? "")}
                {area(`person_bio_id_${row}`, p.personBioId(row), person?.bio_id ?? "")}
                {area(`person_bio_en_${row}`, p.personBioEn(row), person?.bio_en ?? "")}
              </div>
            )
          })}
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="font-serif text-xl font-semibold text-nila">{p.contact}</legend>
          {area("pickup_address", p.pickupAddress, profile.pickup_address)}
          {text("email", p.email, profile.email, "email")}
          {text("phone", p.phone, profile.phone, "tel")}
          {text("whatsapp", p.whatsapp, profile.whatsapp, "tel")}
        </fieldset>
        <fieldset className="space-y-4">
          <legend className="font-serif text-xl font-semibold text-nila">{p.pictures}</legend>
          <input type="hidden" name="photos_before" value={profile.photos.join(",")} />
          <input type="hidden" name="logo_before" value={profile.logo} />
          {images.length ? null : <p className="text-sm text-stone-700">{p.noUploads}</p>}
          <PictureChoice name="photos" legend={p.photos} problem={errors.photos} images={images} chosen={(id) => photos.has(id)} />
          <PictureChoice name="logo" legend={p.logo} problem={errors.logo} images={images} chosen={(id) => id === logo} none={p.noLogo} />
          <Field name="new_photo" label={p.newPhoto} problem={errors.new_photo} hint={t.editor.photoHint}>
            {(c) => <input {...c} type="file" accept="image/jpeg,image/png,image/webp" className={INPUT} />}
          </Field>
          <Field name="new_logo" label={p.newLogo} problem={errors.new_logo} hint={t.editor.photoHint}>
            {(c) => <input {...c} type="file" accept="image/jpeg,image/png,image/webp" className={INPUT} />}
          </Field>
        </fieldset>
        <button type="submit" disabled={busy} className={BUTTON}>
          {p.save}
        </button>
      </Form>
    </div>
  )
}

/**
 * The maker's uploads to choose from: checkboxes for photos (several), radio buttons for the logo (one,
 * or none when `none` is given), with the server's problem under the group.
 */
function PictureChoice({
  name,
  legend,
  problem,
  images,
  chosen,
  none,
}: {
  name: string
  legend: string
  problem?: FieldProblem
  images: { id: string; url: string }[]
  chosen: (id: string) => boolean
  none?: string
}) {
  const { t } = usePortalI18n()
  const type = none ? "radio" : "checkbox"
  const errorId = `field-${name}-error`
  if (!images.length) return null
  return (
    <fieldset aria-describedby={problem ? errorId : undefined} className="space-y-2">
      <legend className="text-sm font-semibold text-stone-800">{legend}</legend>
      <ul className="flex flex-wrap gap-3">
        {none ? (
          <li>
            <label className="flex items-center gap-2">
              <input type={type} name={name} value="" defaultChecked={!images.some((i) => chosen(i.id))} className="h-6 w-6" />
              {none}
            </label>
          </li>
        ) : null}
        {images.map((image, i) => (
          <li key={image.id}>
            <label className="flex items-center gap-2">
              <input type={type} name={name} value={image.id} defaultChecked={chosen(image.id)} className="h-6 w-6" />
              <img src={image.url} alt={t.profile.picture(i + 1)} className="h-20 w-20 rounded object-cover" />
            </label>
          </li>
        ))}
      </ul>
      {problem ? (
        <p id={errorId} className="text-sm font-semibold text-red-800">
          {t.problems[problem]}
        </p>
      ) : null}
    </fieldset>
  )
}
