import { data } from "react-router"
import { AuthForm } from "~/components/auth-form"
import { GeneralErrorBoundary } from "~/components/error-page"
import { TextField } from "~/components/form-field"
import { routeHeaders } from "~/lib/cache"
import { privateMeta } from "~/lib/private-meta"
import { dictionary, useI18n } from "~/lib/i18n"
import { register } from "~/lib/medusa/customer.server"
import { localePath } from "~/lib/paths"
import type { Route } from "./+types/register"
import { leaveIfLoggedIn, loggedIn, PRIVATE, readForm, RegisterForm, refused, refusedForm, throttled } from "./account.server"

export const headers = routeHeaders

export async function loader({ request }: Route.LoaderArgs) {
  await leaveIfLoggedIn(request)
  return data(null, { headers: PRIVATE })
}

export async function action({ request }: Route.ActionArgs) {
  const { lang, form, parsed } = await readForm(request, RegisterForm)
  if (!parsed.success) return refused(parsed.error, form)
  const result = await register(parsed.data, request)
  if (result.error === "throttled") return throttled(lang, result.retryAfter, form)
  if (result.error) return refusedForm(dictionary(lang).account.exists, form, 409)
  throw await loggedIn(localePath(lang, "account"), result.token)
}

export const meta: Route.MetaFunction = ({ location }) => privateMeta(location.pathname, (t) => t.account.registerTitle)

export default function RegisterPage({ actionData }: Route.ComponentProps) {
  const { t, path } = useI18n()
  const a = t.account
  const errors = actionData?.errors ?? {}
  const values = actionData?.values ?? {}
  return (
    <AuthForm
      title={a.registerTitle}
      intro={a.registerIntro}
      refusal={actionData}
      submit={a.register}
      other={{ question: a.haveAccount, label: a.login, to: path("login") }}
    >
      <TextField label={a.firstName} name="first_name" autoComplete="given-name" defaultValue={values.first_name} error={errors.first_name} />
      <TextField label={a.lastName} name="last_name" autoComplete="family-name" defaultValue={values.last_name} error={errors.last_name} />
      <TextField label={a.email} name="email" type="email" autoComplete="email" defaultValue={values.email} error={errors.email} />
      <TextField
        label={a.phoneOptional}
        name="phone"
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        defaultValue={values.phone}
        error={errors.phone}
      />
      <TextField
        label={a.password}
        name="password"
        type="password"
        autoComplete="new-password"
        hint={a.passwordHint}
        error={errors.password}
      />
    </AuthForm>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
