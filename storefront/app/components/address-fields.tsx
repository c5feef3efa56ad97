import { type FieldError, PROVINCES } from "~/lib/address"
import { useI18n } from "~/lib/i18n"
import { SelectField, TextField } from "./form-field"

/**
 * The Indonesian address fields (recipient, phone, street, district, city or regency, province,
 * postal code) with their values and refusals. Field names are those `AddressForm` parses.
 */
export function AddressFields({
  values = {},
  errors = {},
}: {
  values?: Record<string, string>
  errors?: Record<string, FieldError>
}) {
  const { t } = useI18n()
  const a = t.address
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField label={a.firstName} name="first_name" autoComplete="given-name" defaultValue={values.first_name} error={errors.first_name} />
      <TextField label={a.lastName} name="last_name" autoComplete="family-name" defaultValue={values.last_name} error={errors.last_name} />
      <TextField label={a.phone} name="phone" type="tel" autoComplete="tel" inputMode="tel" defaultValue={values.phone} error={errors.phone} />
      <div className="sm:col-span-2">
        <TextField label={a.address1} name="address_1" autoComplete="address-line1" defaultValue={values.address_1} error={errors.address_1} />
      </div>
      <TextField label={a.district} name="district" autoComplete="address-level3" defaultValue={values.district} error={errors.district} />
      <TextField label={a.city} name="city" autoComplete="address-level2" defaultValue={values.city} error={errors.city} />
      <SelectField
        label={a.province}
        name="province"
        autoComplete="address-level1"
        placeholder={a.chooseProvince}
        options={PROVINCES}
        defaultValue={values.province ?? ""}
        error={errors.province}
      />
      <TextField
        label={a.postalCode}
        name="postal_code"
        autoComplete="postal-code"
        inputMode="numeric"
        defaultValue={values.postal_code}
        error={errors.postal_code}
      />
    </div>
  )
}
