import { data, Form, Link, redirect, useNavigation } from "react-router"
import { AddressFields } from "~/components/address-fields"
import { BoothList } from "~/components/booth-list"
import { GeneralErrorBoundary } from "~/components/error-page"
import { FormAlert, TextField } from "~/components/form-field"
import { OrderSummary, summaryLines } from "~/components/order-summary"
import { Price } from "~/components/price"
import { StripePayment } from "~/components/stripe-payment"
import { AddressForm, fieldErrors, fromMedusaAddress, toMedusaAddress, typedValues } from "~/lib/address"
import { cacheHeaders, routeHeaders } from "~/lib/cache"
import { cartIdFrom } from "~/lib/cart-cookie.server"
import { env } from "~/lib/env.server"
import { useI18n } from "~/lib/i18n"
import { unavailableLines } from "~/lib/medusa/cart.server"
import {
  choosePayment,
  deliveryOptions,
  paymentProviders,
  retrieveCheckoutCart,
  setDelivery,
  updateCart,
} from "~/lib/medusa/checkout.server"
import { pickupBooths } from "~/lib/medusa/orders.server"
import { type Lang, langFromPath, localePath } from "~/lib/paths"
import { BANK_TRANSFER, STEPS, STRIPE_PREFIX, type Step } from "~/lib/checkout"
import { attachCartToCustomer, checkoutPrefill } from "~/lib/checkout-prefill.server"
import { assertSameOrigin } from "~/lib/session.server"
import { shopperMessage } from "~/lib/shopper-messages"
import type { Route } from "./+types/checkout"
import { CheckoutIntent, PickupContact, stepToShow } from "./checkout.server"
import { placeOrder, toPlacedOrder } from "./order.server"

export const headers = routeHeaders

const stepPath = (lang: Lang, step: Step) => `${localePath(lang, "checkout")}?step=${step}`

export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  const lang = langFromPath(url.pathname)
  const cartId = await cartIdFrom(request)
  const cart = cartId ? await retrieveCheckoutCart(cartId, { stock: true }) : null
  if (!cart) throw redirect(localePath(lang, "cart"))
  // Placed already (a second tab, a reload after a lost answer): completing again returns that order.
  if (cart.completed_at) throw await placeOrder(request, cart.id)
  if (!cart.items?.length || unavailableLines(cart).length) throw redirect(localePath(lang, "cart"))

  const step = stepToShow(cart, url.searchParams.get("step"))
  const method = cart.shipping_methods?.[0]
  const kind = (cart.metadata?.delivery as string | undefined) === "booth-pickup" ? "booth-pickup" : "courier"
  const session = cart.payment_collection?.payment_sessions?.[0]
  const handles = (cart.items ?? []).map((i) => i.product_handle).filter((h): h is string => Boolean(h))
  const [options, providers, booths, saved] = await Promise.all([
    step === "delivery" ? deliveryOptions(cart.id) : null,
    step === "payment" ? paymentProviders(cart.region_id!) : null,
    step === "delivery" || (step === "review" && kind === "booth-pickup") ? pickupBooths(handles) : null,
    // A logged-in customer finds their email and main saved address filled in.
    step === "email" || step === "delivery" ? checkoutPrefill(request) : null,
  ])
  const stripeProvider = env.STRIPE_PUBLISHABLE_KEY ? providers?.find((p) => p.startsWith(STRIPE_PREFIX)) : undefined
  return data(
    {
      step,
      summary: {
        items: summaryLines(cart.items),
        subtotal: cart.item_total ?? 0,
        shipping: method ? (cart.shipping_total ?? 0) : null,
        total: cart.total ?? 0,
      },
      email: cart.email ?? saved?.email ?? "",
      // An address already given at this checkout wins over the saved one.
      address: cart.shipping_address?.first_name || !saved ? fromMedusaAddress(cart.shipping_address ?? {}) : saved.address,
      delivery: { options, chosen: method?.shipping_option_id ?? null, kind, booths },
      payment: {
        bankTransfer: providers?.includes(BANK_TRANSFER) ?? false,
        stripe: stripeProvider ?? null,
        chosen: session?.provider_id ?? null,
        // Only the review step of a card payment needs Stripe: its key and the intent's client secret.
        card:
          step === "review" && session?.provider_id.startsWith(STRIPE_PREFIX) && env.STRIPE_PUBLISHABLE_KEY
            ? {
                publishableKey: env.STRIPE_PUBLISHABLE_KEY,
                clientSecret: String((session.data as { client_secret?: string }).client_secret ?? ""),
                returnUrl: env.PUBLIC_BASE_URL + localePath(lang, "checkoutReturn"),
              }
            : null,
      },
      paymentFailed: url.searchParams.get("error") === "payment",
      paymentProcessing: url.searchParams.get("payment") === "processing",
    },
    { headers: cacheHeaders("private") }
  )
}

type ActionResult = {
  errors?: Record<string, string>
  values?: Record<string, string>
  message?: string
  busy?: boolean
}

const refuse = (result: ActionResult, status = 400) => data(result, { status, headers: cacheHeaders("private") })

export async function action({ request }: Route.ActionArgs) {
  assertSameOrigin(request)
  const lang = langFromPath(new URL(request.url).pathname)
  const form = await request.formData()
  const values = typedValues(form)
  const parsed = CheckoutIntent.safeParse(values)
  if (!parsed.success) return refuse({ errors: fieldErrors(parsed.error), values })
  const cartId = await cartIdFrom(request)
  if (!cartId) throw redirect(localePath(lang, "cart"))
  const input = parsed.data

  if (input.intent === "email") {
    // The country goes with the email: Medusa offers shipping options for the cart's country.
    const cart = await retrieveCheckoutCart(cartId)
    const address = cart?.shipping_address ? {} : { shipping_address: { country_code: "id" } }
    const result = await updateCart(cartId, { email: input.email, ...address })
    if (result.error) return refuse({ message: result.error, values })
    await attachCartToCustomer(request, cartId)
    throw redirect(stepPath(lang, "delivery"))
  }

  if (input.intent === "delivery") {
    const options = await deliveryOptions(cartId)
    const option = options.find((o) => o.id === input.option_id)
    const courier = option?.kind === "courier"
    const contact = courier ? AddressForm.safeParse(values) : PickupContact.safeParse(values)
    const errors = { ...(contact.success ? {} : fieldErrors(contact.error)), ...(option ? {} : { option_id: "option" }) }
    if (!option || !contact.success) return refuse({ errors, values })
    const { is_default_shipping: _, ...address } = courier
      ? toMedusaAddress(contact.data as AddressForm)
      : { ...contact.data, country_code: "id", is_default_shipping: false }
    const updated = await updateCart(cartId, { shipping_address: address, metadata: { delivery: option.kind } })
    const result = updated.error ? updated : await setDelivery(cartId, option)
    if (result.error) return refuse({ message: result.error, values })
    throw redirect(stepPath(lang, "payment"))
  }

  if (input.intent === "payment") {
    const cart = await retrieveCheckoutCart(cartId)
    if (!cart) throw redirect(localePath(lang, "cart"))
    const providers = await paymentProviders(cart.region_id!)
    const usable = providers.filter((p) => p === BANK_TRANSFER || (p.startsWith(STRIPE_PREFIX) && env.STRIPE_PUBLISHABLE_KEY))
    if (!input.provider_id || !usable.includes(input.provider_id)) return refuse({ errors: { provider_id: "provider" }, values })
    const result = await choosePayment(cart, input.provider_id)
    if (result.error) return refuse({ message: result.error, values })
    throw redirect(stepPath(lang, "review"))
  }

  const placed = await toPlacedOrder(request, cartId)
  if ("response" in placed) throw placed.response
  return refuse({ message: placed.message, busy: placed.busy }, placed.busy ? 409 : 400)
}

export const meta: Route.MetaFunction = ({ location }) => [
  { title: langFromPath(location.pathname) === "en" ? "Checkout — Gelar" : "Pembayaran — Gelar" },
  { name: "robots", content: "noindex" },
]

export default function CheckoutPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, path } = useI18n()
  const c = t.checkout
  const { step } = loaderData
  const result = actionData as ActionResult | undefined
  const values = result?.values
  const errors = result?.errors ?? {}
  return (
    <div className="mx-auto grid max-w-5xl gap-8 md:grid-cols-[1fr_20rem]">
      <div className="space-y-6">
        <h1 className="font-serif text-3xl font-semibold text-nila">{c.title}</h1>
        <StepList current={step} />
        {result?.message ? (
          <FormAlert>
            {result.busy ? c.busy : shopperMessage(result.message, t)}{" "}
            {result.busy ? null : <CartLink />}
          </FormAlert>
        ) : result?.errors ? (
          <FormAlert>{t.fields.check}</FormAlert>
        ) : loaderData.paymentFailed ? (
          <FormAlert>{c.paymentFailed}</FormAlert>
        ) : loaderData.paymentProcessing ? (
          <p role="status" className="rounded-lg bg-amber-50 p-3 text-amber-950 ring-1 ring-amber-300">
            {c.paymentProcessing}{" "}
            <a className="font-semibold underline" href={`${path("checkoutReturn")}?redirect_status=processing`}>
              {c.checkPayment}
            </a>
          </p>
        ) : null}
        {step === "email" ? <EmailStep email={values?.email ?? loaderData.email} error={errors.email} /> : null}
        {step === "delivery" ? (
          <DeliveryStep
            delivery={loaderData.delivery}
            values={values ?? loaderData.address}
            errors={errors}
          />
        ) : null}
        {step === "payment" ? <PaymentStep payment={loaderData.payment} error={errors.provider_id} /> : null}
        {step === "review" ? <ReviewStep data={loaderData} /> : null}
      </div>
      <OrderSummary summary={loaderData.summary} />
    </div>
  )
}

function CartLink() {
  const { t, path } = useI18n()
  return (
    <Link to={path("cart")} className="underline">
      {t.checkout.toCart}
    </Link>
  )
}

/** The four steps; the ones done link back so the shopper can change them. */
function StepList({ current }: { current: Step }) {
  const { t, path } = useI18n()
  const index = STEPS.indexOf(current)
  return (
    <ol aria-label={t.checkout.steps} className="flex flex-wrap gap-2 text-sm">
      {STEPS.map((s, i) => (
        <li key={s} aria-current={s === current ? "step" : undefined} className={s === current ? "font-semibold text-nila underline decoration-2 underline-offset-4" : ""}>
          {i < index ? (
            <Link to={`${path("checkout")}?step=${s}`} className="underline">
              {i + 1}. {t.checkout.step[s]}
            </Link>
          ) : (
            <span>
              {i + 1}. {t.checkout.step[s]}
            </span>
          )}
        </li>
      ))}
    </ol>
  )
}

function SubmitButton({ label, busyLabel }: { label: string; busyLabel?: string }) {
  const navigation = useNavigation()
  const busy = navigation.state === "submitting"
  return (
    // Disabled while the request runs: a double click sends one request (the backend copes with two anyway).
    <button type="submit" disabled={busy} className="rounded-lg bg-nila px-5 py-3 font-semibold text-white disabled:opacity-70">
      {busy && busyLabel ? busyLabel : label}
    </button>
  )
}

// The forms that take typing skip the browser's own checks (worded in the browser's language, not
// the page's): the server answers every field in the visitor's language instead.
function EmailStep({ email, error }: { email: string; error?: string }) {
  const { t } = useI18n()
  return (
    <Form method="post" noValidate className="space-y-4">
      <h2 id="step-title" className="font-serif text-xl font-semibold text-nila">
        {t.checkout.step.email}
      </h2>
      <input type="hidden" name="intent" value="email" />
      <TextField
        label={t.checkout.email}
        name="email"
        type="email"
        autoComplete="email"
        defaultValue={email}
        hint={t.checkout.emailHint}
        error={error as never}
      />
      <SubmitButton label={t.checkout.continue} />
    </Form>
  )
}

type LoaderData = Route.ComponentProps["loaderData"]

function DeliveryStep({
  delivery,
  values,
  errors,
}: {
  delivery: LoaderData["delivery"]
  values: Record<string, string>
  errors: Record<string, string>
}) {
  const { t } = useI18n()
  const c = t.checkout
  const options = delivery.options ?? []
  const chosen = values.option_id ?? delivery.chosen ?? options.find((o) => o.kind === "booth-pickup")?.id
  return (
    <Form method="post" noValidate className="space-y-6">
      <h2 id="step-title" className="font-serif text-xl font-semibold text-nila">
        {c.step.delivery}
      </h2>
      <input type="hidden" name="intent" value="delivery" />
      <fieldset className="space-y-3" aria-describedby={errors.option_id ? "option-error" : undefined}>
        <legend className="font-semibold">{c.delivery}</legend>
        {options.map((o) => (
          <div key={o.id} className="rounded-lg p-3 ring-1 ring-stone-300">
            <label className="flex items-start gap-3">
              <input type="radio" name="option_id" value={o.id} defaultChecked={o.id === chosen} className="mt-1" />
              <span>
                <span className="font-semibold">{o.kind === "courier" ? c.courier : c.pickup}</span>{" "}
                <span>— {o.amount ? <Price amount={o.amount} /> : c.free}</span>
              </span>
            </label>
            {o.kind === "booth-pickup" && delivery.booths?.length ? <BoothList booths={delivery.booths} /> : null}
          </div>
        ))}
        {errors.option_id ? (
          <p id="option-error" className="text-sm font-semibold text-red-800">
            {c.errors.option}
          </p>
        ) : null}
      </fieldset>
      <fieldset className="space-y-3">
        <legend className="font-semibold">{c.address}</legend>
        <p className="text-sm text-stone-700">{c.addressHint}</p>
        <AddressFields values={values} errors={errors as never} />
      </fieldset>
      <SubmitButton label={c.continue} />
    </Form>
  )
}

function PaymentStep({ payment, error }: { payment: LoaderData["payment"]; error?: string }) {
  const { t } = useI18n()
  const c = t.checkout
  const chosen = payment.chosen && (payment.chosen === BANK_TRANSFER || payment.chosen === payment.stripe) ? payment.chosen : BANK_TRANSFER
  return (
    <Form method="post" className="space-y-6">
      <h2 id="step-title" className="font-serif text-xl font-semibold text-nila">
        {c.step.payment}
      </h2>
      <input type="hidden" name="intent" value="payment" />
      <fieldset className="space-y-3" aria-describedby={error ? "provider-error" : undefined}>
        <legend className="font-semibold">{c.payment}</legend>
        {payment.bankTransfer ? (
          <ProviderRadio value={BANK_TRANSFER} chosen={chosen} label={c.bankTransfer} hint={c.bankTransferHint} />
        ) : null}
        {payment.stripe ? (
          <ProviderRadio value={payment.stripe} chosen={chosen} label={c.card} hint={c.cardHint} />
        ) : null}
        {error ? (
          <p id="provider-error" className="text-sm font-semibold text-red-800">
            {c.errors.provider}
          </p>
        ) : null}
      </fieldset>
      <SubmitButton label={c.continue} />
    </Form>
  )
}

function ProviderRadio({ value, chosen, label, hint }: { value: string; chosen: string; label: string; hint: string }) {
  return (
    <label className="flex items-start gap-3 rounded-lg p-3 ring-1 ring-stone-300">
      <input type="radio" name="provider_id" value={value} defaultChecked={chosen === value} className="mt-1" />
      <span>
        <span className="block font-semibold">{label}</span>
        <span className="block text-sm text-stone-700">{hint}</span>
      </span>
    </label>
  )
}

function ReviewStep({ data: d }: { data: LoaderData }) {
  const { t } = useI18n()
  const c = t.checkout
  const a = d.address
  const card = d.payment.card
  return (
    <section className="space-y-6">
      <h2 id="step-title" className="font-serif text-xl font-semibold text-nila">
        {c.review}
      </h2>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{c.email}</dt>
        <dd>{d.email}</dd>
        <dt className="font-semibold">{c.step.delivery}</dt>
        <dd>
          {d.delivery.kind === "booth-pickup" ? c.pickup : c.courier}
          {d.delivery.kind === "booth-pickup" && d.delivery.booths?.length ? <BoothList booths={d.delivery.booths} /> : null}
          <span className="mt-1 block">
            {[`${a.first_name ?? ""} ${a.last_name ?? ""}`.trim(), a.phone].filter(Boolean).join(", ")}
          </span>
          {d.delivery.kind === "courier" ? (
            <span className="block">
              {[a.address_1, a.district, a.city, a.province, a.postal_code].filter(Boolean).join(", ")}
            </span>
          ) : null}
        </dd>
        <dt className="font-semibold">{c.step.payment}</dt>
        <dd>{card ? c.card : c.bankTransfer}</dd>
      </dl>
      {card ? (
        <StripePayment publishableKey={card.publishableKey} clientSecret={card.clientSecret} returnUrl={card.returnUrl} />
      ) : (
        <Form method="post">
          <input type="hidden" name="intent" value="place" />
          <SubmitButton label={c.place} busyLabel={c.placing} />
        </Form>
      )}
    </section>
  )
}

export const ErrorBoundary = GeneralErrorBoundary
