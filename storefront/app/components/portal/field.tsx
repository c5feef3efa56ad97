import type { ReactNode } from "react"
import type { FieldProblem } from "~/lib/portal-i18n"
import { usePortalI18n } from "~/lib/portal-i18n"

/** What a control needs to be tied to its label, hint and error. */
export type ControlProps = { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }

/**
 * A labelled form control with its hint and, when the server refused it, the reason right below it in
 * the visitor's language (announced with the control through aria-describedby).
 */
export function Field({
  name,
  label,
  problem,
  hint,
  children,
}: {
  name: string
  label: string
  problem?: FieldProblem | null
  hint?: string
  children: (control: ControlProps) => ReactNode
}) {
  const { t } = usePortalI18n()
  const id = `field-${name}`
  const described = [hint ? `${id}-hint` : null, problem ? `${id}-error` : null].filter(Boolean).join(" ")
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold text-stone-800">
        {label}
      </label>
      {children({ id, name, ...(problem ? { "aria-invalid": true as const } : {}), ...(described ? { "aria-describedby": described } : {}) })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-stone-700">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800">
          {t.problems[problem]}
        </p>
      ) : null}
    </div>
  )
}

/** The class of the portal's text inputs, selects and text areas: large enough for a thumb. */
export const INPUT = "w-full rounded-lg border border-stone-500 bg-white px-3 py-2 text-base aria-[invalid]:border-red-700"

/** A primary and a secondary button style. */
export const BUTTON = "rounded-lg bg-nila px-4 py-2 font-semibold text-white hover:bg-nila-soft"
export const BUTTON_SECONDARY = "rounded-lg px-4 py-2 font-semibold text-nila ring-1 ring-nila/50 hover:bg-white"

/** A message for the whole form (a refusal by the server, a notice), announced when it appears. */
export function Alert({ tone, children }: { tone: "error" | "info"; children: ReactNode }) {
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      className={
        tone === "error"
          ? "rounded-lg bg-red-50 p-3 text-red-900 ring-1 ring-red-300"
          : "rounded-lg bg-emerald-50 p-3 text-emerald-900 ring-1 ring-emerald-300"
      }
    >
      {children}
    </p>
  )
}
