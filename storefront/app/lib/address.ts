import { PHONE_PATTERN, POSTAL_CODE_PATTERN } from "@gelar/shared"
import { z } from "zod"

/** Indonesia's 38 provinces, as the address form offers them (the same name in both languages). */
export const PROVINCES = [
  "Aceh",
  "Sumatera Utara",
  "Sumatera Barat",
  "Riau",
  "Kepulauan Riau",
  "Jambi",
  "Bengkulu",
  "Sumatera Selatan",
  "Kepulauan Bangka Belitung",
  "Lampung",
  "Banten",
  "DKI Jakarta",
  "Jawa Barat",
  "Jawa Tengah",
  "DI Yogyakarta",
  "Jawa Timur",
  "Bali",
  "Nusa Tenggara Barat",
  "Nusa Tenggara Timur",
  "Kalimantan Barat",
  "Kalimantan Tengah",
  "Kalimantan Selatan",
  "Kalimantan Timur",
  "Kalimantan Utara",
  "Sulawesi Utara",
  "Gorontalo",
  "Sulawesi Tengah",
  "Sulawesi Barat",
  "Sulawesi Selatan",
  "Sulawesi Tenggara",
  "Maluku",
  "Maluku Utara",
  "Papua",
  "Papua Barat",
  "Papua Barat Daya",
  "Papua Tengah",
  "Papua Pegunungan",
  "Papua Selatan",
] as const

/** The reasons a field can be refused; the dictionary words each one in the visitor's language. */
export type FieldError = "required" | "tooLong" | "postalCode" | "phone" | "province" | "email" | "passwordShort"

/** Same rules as the backend's cart address check (backend/src/api/store/carts/validators.ts). */

/** A required text field of at most 200 characters. */
export const requiredText = z
  .string()
  .trim()
  .min(1, "required" satisfies FieldError)
  .max(200, "tooLong" satisfies FieldError)

/** An Indonesian phone number, spaces and dashes dropped: 0812 3456 7890 -> 081234567890. */
export const phone = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(z.string().min(1, "required" satisfies FieldError).regex(PHONE_PATTERN, "phone" satisfies FieldError))

/** The address form's fields as posted; names follow Medusa's address, the district aside. */
export const AddressForm = z.object({
  first_name: requiredText,
  last_name: z.string().trim().max(200, "tooLong" satisfies FieldError).default(""),
  phone,
  address_1: requiredText,
  district: requiredText,
  city: requiredText,
  province: z.enum(PROVINCES, { message: "province" satisfies FieldError }),
  postal_code: z.string().trim().regex(POSTAL_CODE_PATTERN, "postalCode" satisfies FieldError),
  is_default_shipping: z
    .literal("on")
    .optional()
    .transform((v) => v === "on"),
})

export type AddressForm = z.infer<typeof AddressForm>

/** Each refused field with its first reason, for the messages beside the fields. */
export function fieldErrors(error: z.ZodError): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0])
    errors[field] ??= issue.message as FieldError
  }
  return errors
}

/** What a form posted, as strings, to put back into the fields after a refusal (never the password). */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [key, value] of form) {
    if (typeof value === "string" && !/password/i.test(key)) values[key] = value
  }
  return values
}

/** The address as Medusa stores it: the district in `metadata.district`, like the cart's addresses. */
export function toMedusaAddress(form: AddressForm) {
  return {
    first_name: form.first_name,
    last_name: form.last_name,
    phone: form.phone,
    address_1: form.address_1,
    city: form.city,
    province: form.province,
    postal_code: form.postal_code,
    country_code: "id",
    is_default_shipping: form.is_default_shipping,
    metadata: { district: form.district },
  }
}

/** A stored address back in the form's shape, to fill the edit form (and the checkout's). */
export function fromMedusaAddress(address: {
  first_name?: string | null
  last_name?: string | null
  phone?: string | null
  address_1?: string | null
  city?: string | null
  province?: string | null
  postal_code?: string | null
  is_default_shipping?: boolean | null
  metadata?: Record<string, unknown> | null
}): Record<string, string> {
  const district = address.metadata?.district
  return {
    first_name: address.first_name ?? "",
    last_name: address.last_name ?? "",
    phone: address.phone ?? "",
    address_1: address.address_1 ?? "",
    district: typeof district === "string" ? district : "",
    city: address.city ?? "",
    province: address.province ?? "",
    postal_code: address.postal_code ?? "",
    ...(address.is_default_shipping ? { is_default_shipping: "on" } : {}),
  }
}
