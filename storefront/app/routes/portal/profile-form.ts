import type { MakerPerson, MakerProfileUpdate } from "~/lib/medusa/portal.server"
import { backendIssues, type FieldErrors, type FormRefusal, typedValues } from "~/lib/portal-forms"
import type { FieldProblem } from "~/lib/portal-i18n"
import { PHOTO_MAX_BYTES, PHOTO_TYPES } from "./product-form"

const PERSON_FIELD = /^person_(name|role|bio_id|bio_en)_(\d+)$/
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Rows of people the form shows: the saved ones and one empty row to add someone (no JavaScript needed). */
export function personRows(people: readonly unknown[] | null | undefined): number[] {
  return Array.from({ length: Math.max(2, (people?.length ?? 0) + 1) }, (_, i) => i + 1)
}

/** The typed values, with every ticked photo (checkboxes share one name) as a comma-separated list. */
export function profileValues(form: FormData): Record<string, string> {
  return { ...typedValues(form), photos: form.getAll("photos").filter((v) => typeof v === "string").join(",") }
}

/** The filled rows of people, in order; a row with only one of name and role is a problem at the other. */
function parsePeople(values: Record<string, string>, errors: FieldErrors): MakerPerson[] {
  const rows = new Set<number>()
  for (const name of Object.keys(values)) {
    const m = PERSON_FIELD.exec(name)
    if (m) rows.add(Number(m[2]))
  }
  const people: MakerPerson[] = []
  for (const row of [...rows].sort((a, b) => a - b)) {
    const get = (key: string) => (values[`person_${key}_${row}`] ?? "").trim()
    const person = { name: get("name"), role: get("role"), bio_id: get("bio_id"), bio_en: get("bio_en") }
    if (!Object.values(person).some(Boolean)) continue
    if (!person.name) errors[`person_name_${row}`] = "required"
    if (!person.role) errors[`person_role_${row}`] = "required"
    people.push(person)
  }
  return people
}

/** A chosen picture file, or null; its problem when the backend would refuse it anyway. */
export function pictureFile(form: FormData, name: string, errors: FieldErrors): File | null {
  const file = form.get(name)
  if (!(file instanceof File) || file.size === 0) return null
  if (!PHOTO_TYPES.includes(file.type)) errors[name] = "photoType"
  else if (file.size > PHOTO_MAX_BYTES) errors[name] = "photoSize"
  return file
}

const orNull = (v: string) => (v ? v : null)

/**
 * Reads the profile form into the body of `POST /makers/me` (without the pictures still to upload).
 * Photos and logo are sent only when the maker changed them, so pictures the organisers set (URLs that
 * are no upload of the maker) are not dropped by saving the texts.
 */
export function parseProfile(
  form: FormData
): { ok: true; body: MakerProfileUpdate; newPhoto: File | null; newLogo: File | null; values: Record<string, string> } | FormRefusal {
  const values = profileValues(form)
  const errors: FieldErrors = {}
  const text = (name: string) => (values[name] ?? "").trim()
  if (!text("name")) errors.name = "required"
  const email = text("email")
  if (email && !EMAIL_SHAPE.test(email)) errors.email = "email"
  const people = parsePeople(values, errors)
  const newPhoto = pictureFile(form, "new_photo", errors)
  const newLogo = pictureFile(form, "new_logo", errors)
  if (Object.keys(errors).length) return { ok: false, errors, values }
  const photos = values.photos ? values.photos.split(",") : []
  const body: MakerProfileUpdate = {
    name: text("name"),
    story_id: text("story_id"),
    story_en: text("story_en"),
    people,
    pickup_address: orNull(text("pickup_address")),
    email: orNull(email),
    phone: orNull(text("phone")),
    whatsapp: orNull(text("whatsapp")),
    ...(values.photos !== (values.photos_before ?? "") ? { photos } : {}),
    ...((values.logo ?? "") !== (values.logo_before ?? "") ? { logo_image_id: orNull(values.logo ?? "") } : {}),
  }
  return { ok: true, body, newPhoto, newLogo, values }
}

/** The form name of a body path the backend names, e.g. `people, 0, role` → `person_role_1`. */
function formName(path: string[]): string {
  const [field, index, key] = path
  if (field === "people" && index !== undefined && key) return `person_${key}_${Number(index) + 1}`
  if (field === "logo_image_id") return "logo"
  return field
}

const BODY_FIELDS = ["name", "story_id", "story_en", "people", "pickup_address", "email", "phone", "whatsapp", "photos", "logo_image_id"]

/**
 * The fields a backend 400 names, each with the problem to show beside it in the visitor's language.
 * An issue names its field either as Medusa's `field 'people, 0, name'` or as the first word of the
 * validator's own message (`email must be …`).
 */
export function problemsFromBackend(message: string): FieldErrors {
  const errors: FieldErrors = {}
  for (const { path: quoted, text: issue } of backendIssues(message)) {
    const first = /^(\w+)\b/.exec(issue)?.[1]
    const path = quoted ?? (first && BODY_FIELDS.includes(first) ? [first] : /\bpictures?\b/.test(issue) ? ["photos"] : null)
    if (!path) continue
    const problem: FieldProblem =
      path[0] === "email"
        ? "email"
        : path[0] === "photos"
          ? "photoCount"
          : / too small|cannot be empty|needs a /.test(issue)
            ? "required"
            : "refused"
    errors[formName(path)] ??= problem
  }
  return errors
}
