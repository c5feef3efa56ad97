import { type ReactNode, useId } from "react"
import type { FieldError } from "~/lib/address"
import { useI18n } from "~/lib/i18n"

const CONTROL = "mt-1 block w-full rounded border border-stone-500 px-3 py-2 aria-[invalid=true]:border-red-700"

type FieldProps = {
  label: string
  name: string
  /** The reason the server refused this field, worded from the dictionary beside it. */
  error?: FieldError
  hint?: string
}

type ControlProps = {
  id: string
  name: string
  className: string
  "aria-invalid"?: true
  "aria-describedby"?: string
}

/** A label, the control it names, and under it the hint and the refusal, tied to it with aria-describedby. */
function Field({ label, name, error, hint, control }: FieldProps & { control: (props: ControlProps) => ReactNode }) {
  const { t } = useI18n()
  const id = useId()
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ")
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {control({
        id,
        name,
        className: CONTROL,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint ? (
        <span id={`${id}-hint`} className="mt-1 block text-sm text-stone-700">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="mt-1 block text-sm font-semibold text-red-800">
          {t.fields.errors[error]}
        </span>
      ) : null}
    </div>
  )
}

/** A labelled text input that shows the server's refusal next to it and keeps what was typed. */
export function TextField({
  label,
  name,
  error,
  hint,
  ...input
}: FieldProps & Omit<React.InputHTMLAttributes<HTMLInputElement>, "name">) {
  return <Field label={label} name={name} error={error} hint={hint} control={(props) => <input {...input} {...props} />} />
}

/** A labelled select of fixed options, with the same refusal message as TextField. */
export function SelectField({
  label,
  name,
  error,
  hint,
  placeholder,
  options,
  ...select
}: FieldProps & { placeholder: string; options: readonly string[] } & Omit<
    React.SelectHTMLAttributes<HTMLSelectElement>,
    "name"
  >) {
  return (
    <Field
      label={label}
      name={name}
      error={error}
      hint={hint}
      control={(props) => (
        <select {...select} {...props}>
          <option value="">{placeholder}</option>
          {options.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      )}
    />
  )
}

/** The alert above a form the server refused: what went wrong overall, fields say the rest. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-900 ring-1 ring-red-300">
      {children}
    </p>
  )
}

/** The alerts of a refused form: the server's message for the whole form, and a pointer to marked fields. */
export function FormAlerts({ message, errors }: { message?: string | null; errors?: Record<string, unknown> }) {
  const { t } = useI18n()
  return (
    <>
      {message ? <FormAlert>{message}</FormAlert> : null}
      {errors && Object.keys(errors).length ? <FormAlert>{t.fields.check}</FormAlert> : null}
    </>
  )
}
