import { z } from "zod"
import type { FieldProblem } from "./portal-i18n"

/** The problem of each refused field, by its form name. */
export type FieldErrors = Partial<Record<string, FieldProblem>>

/** What a refused form returns: the problems, and what was typed so the page can show it again. */
export type FormRefusal = { ok: false; errors: FieldErrors; values: Record<string, string> }

/** The text fields of a submitted form (files are left out: a browser cannot be told to pre-fill them). */
export function typedValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {}
  for (const [name, value] of form.entries()) if (typeof value === "string") values[name] = value
  return values
}

/**
 * Validates a form against a schema whose messages are {@link FieldProblem} keys: the parsed data,
 * or the first problem of each field (by the first segment of its path, i.e. its form name).
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  form: FormData
): { ok: true; data: z.infer<S> } | FormRefusal {
  const values = typedValues(form)
  const result = schema.safeParse(values)
  if (result.success) return { ok: true, data: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? "form")
    errors[name] ??= issue.message as FieldProblem
  }
  return { ok: false, errors, values }
}

/** One issue of a backend 400: the body path it names, if it names one, and its words. */
export type BackendIssue = { path: string[] | null; text: string }

/**
 * The issues of a backend 400. Medusa writes `Invalid request: ` and up to three `; `-separated issues,
 * naming the field as `field 'people, 0, name'`, or not at all for a refinement's own words
 * (`each size name must be different`) and for a workflow's refusal.
 */
export function backendIssues(message: string): BackendIssue[] {
  return message
    .replace(/^Invalid request:\s*/, "")
    .split("; ")
    .map((text) => {
      const quoted = /field '([^']+)'/.exec(text)?.[1]
      return { path: quoted ? quoted.split(", ") : null, text }
    })
}

/**
 * Whole rupiah as makers write them: "1250000", "1.250.000" or "Rp 1.250.000" (dots group thousands
 * in Indonesian). Null when the text is no such amount.
 */
export function parseRupiah(text: string): number | null {
  const t = text.trim()
  if (!/^(rp\.?\s*)?\d{1,3}([.\s]?\d{3})*$/i.test(t)) return null
  return Number(t.replace(/\D/g, ""))
}

/** An email field: required, and shaped like an address (the backend decides whether it is known). */
export const emailField = z
  .string()
  .trim()
  .min(1, "required")
  .refine((v) => v === "" || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v), "email")
