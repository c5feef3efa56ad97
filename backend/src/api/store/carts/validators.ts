import { PHONE_PATTERN, POSTAL_CODE_PATTERN } from "@gelar/shared"
import { z } from "@medusajs/framework/zod"

const text = (name: string) =>
  z.string().trim().min(1, `${name} must not be empty`).max(200, `${name} is too long (200 characters at most)`)

/**
 * An Indonesian address as the store accepts it. Fields may be left out (booth pickup needs none),
 * but those given must be well-formed. The district (kecamatan) travels in `metadata.district`.
 */
export const IndonesianAddress = z
  .object({
    first_name: text("First name").optional(),
    last_name: z.string().max(200, "Last name is too long (200 characters at most)").optional(),
    address_1: text("Street address").optional(),
    city: text("City or regency (kota/kabupaten)").optional(),
    province: text("Province").optional(),
    postal_code: z
      .string()
      .trim()
      .regex(POSTAL_CODE_PATTERN, "Postal code (kode pos) must be 5 digits, for example 50132")
      .optional(),
    phone: z
      .string()
      .transform((v) => v.replace(/[\s-]/g, ""))
      .pipe(z.string().regex(PHONE_PATTERN, "Phone must be an Indonesian number, for example 0812 3456 7890 or +62 812 3456 7890"))
      .optional(),
    country_code: z
      .string()
      .refine((v) => v.toLowerCase() === "id", "Country must be Indonesia (id): the store delivers in Indonesia only")
      .optional(),
    metadata: z
      .object({ district: text("District (kecamatan)").optional() })
      .passthrough()
      .nullish(),
  })
  .passthrough()

export const StoreUpdateCartAddresses = z
  .object({
    shipping_address: IndonesianAddress.nullish(),
    billing_address: IndonesianAddress.nullish(),
  })
  .passthrough()
