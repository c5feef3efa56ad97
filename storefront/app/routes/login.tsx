import { data, useSearchParams } from "react-router"
import { AuthForm } from "~/components/auth-form"
import { TextField } from "~/components/form-field"
import { GeneralErrorBoundary } from "~/components/error-page"
import { routeHeaders } from "~/lib/cache"
import { privateMeta } from "~/lib/private-meta"
import { dictionary, useI18n } from "~/lib/i18n"
import { login } from "~/lib/medusa/customer.server"
import { safeRedirect } from "~/lib/session.server"
import type { Route } from "./+types/login"
import { LoginForm, leaveIfLoggedIn, loggedIn, PRIVATE, readForm, refused, refusedForm, throttled } from "./account.server"

export const headers = routeHeaders

export async function loader({ request }: Route.LoaderArgs) {
  await leaveIfLoggedIn(request)
  return data(null, { headers: PRIVATE })
}

export async function action({ request }: Route.ActionArgs) {
  const { lang, form, parsed } = await readForm(request, LoginForm)
  if (!parsed.success) return refused(parsed.error, form)
  const result = await login(parsed.data.email, parsed.data.password, request)
  if (result.error === "throttled") return throttled(lang, result.retryAfter, form)
  if (result.error) return refusedForm(dictionary(lang).account.invalidLogin, form, 401)
  throw await loggedIn(safeRedirect(form.get("redirectTo"), lang), result.token)
}

export const meta: Route.MetaFunction = ({ location }) => privateMeta(location.pathname, (t) => t.account.loginTitle)

export default function LoginPage({ actionData }: Route.ComponentProps) {
  const { t, path } = useI18n()
  const [params] = useSearchParams()
  const a = t.account
  const errors = actionData?.errors ?? {}
  const values = actionData?.values ?? {}
  const redirectTo = params.get("redirectTo") ?? values.redirectTo ?? ""
  return (
    <AuthForm
      title={a.loginTitle}
      intro={a.loginIntro}
      refusal={actionData}
      submit={a.login}
      other={{ question: a.noAccount, label: a.register, to: path("register") }}
    >
      <input type="hidden" name="redirectTo" value={redirectTo} />
      <TextField label={a.email} name="email" type="email" autoComplete="email" defaultValue={values.email} error={errors.email} />
      <TextField label={a.password} name="password" type="password" autoComplete="current-password" error={errors.password} />
    </AuthForm>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
