import type { ReactNode } from "react"
import { Form, Link } from "react-router"
import { FormAlerts } from "./form-field"

/**
 * The log-in and registration pages' shared frame: title, intro, the server's refusals, a plain POST
 * form (works without scripts), and a link to the other page.
 */
export function AuthForm({
  title,
  intro,
  refusal,
  submit,
  other,
  children,
}: {
  title: string
  intro: string
  refusal?: { message?: string | null; errors?: Record<string, unknown> }
  submit: string
  other: { question: string; label: string; to: string }
  children: ReactNode
}) {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="font-serif text-3xl font-semibold text-nila">{title}</h1>
      <p>{intro}</p>
      <FormAlerts message={refusal?.message} errors={refusal?.errors} />
      <Form method="post" className="space-y-4" noValidate>
        {/* In a fragment: react-router's types and ours come from two copies of @types/react that disagree on ReactNode. */}
        <>{children}</>
        <button type="submit" className="rounded-lg bg-nila px-4 py-2 font-semibold text-white hover:bg-nila-soft">
          {submit}
        </button>
      </Form>
      <p>
        {other.question}{" "}
        <Link to={other.to} className="font-semibold underline">
          {other.label}
        </Link>
      </p>
    </div>
  )
}
