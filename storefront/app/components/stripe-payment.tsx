import type { Stripe, StripeElements, StripePaymentElement } from "@stripe/stripe-js"
import { useEffect, useRef, useState } from "react"
import { useI18n } from "~/lib/i18n"

type State = "loading" | "ready" | "paying" | "failed"

/**
 * Stripe's Payment Element for a card payment, and the button that confirms it. Stripe.js is
 * imported here, when this step renders, so no other page loads it. Methods that leave the site
 * (3-D Secure, wallets) come back to `returnUrl`; a payment that needs no redirect goes there too,
 * so the cart is completed in one place.
 */
export function StripePayment({
  publishableKey,
  clientSecret,
  returnUrl,
}: {
  publishableKey: string
  clientSecret: string
  returnUrl: string
}) {
  const { t, lang } = useI18n()
  const c = t.checkout
  const mountRef = useRef<HTMLDivElement>(null)
  const stripeRef = useRef<{ stripe: Stripe; elements: StripeElements } | null>(null)
  const [state, setState] = useState<State>("loading")
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    let element: StripePaymentElement | undefined
    import("@stripe/stripe-js")
      .then(({ loadStripe }) => loadStripe(publishableKey))
      .then((stripe) => {
        if (cancelled || !mountRef.current) return
        if (!stripe) throw new Error("Stripe.js did not load")
        const elements = stripe.elements({ clientSecret, locale: lang })
        element = elements.create("payment")
        element.mount(mountRef.current)
        stripeRef.current = { stripe, elements }
        setState("ready")
      })
      .catch(() => {
        if (!cancelled) setState("failed")
      })
    return () => {
      cancelled = true
      element?.destroy()
    }
  }, [publishableKey, clientSecret, lang])

  async function pay(event: React.FormEvent) {
    event.preventDefault()
    const current = stripeRef.current
    if (!current || state !== "ready") return
    setState("paying")
    setError(null)
    const { error: refused, paymentIntent } = await current.stripe.confirmPayment({
      elements: current.elements,
      confirmParams: { return_url: returnUrl },
      redirect: "if_required",
    })
    if (refused || !paymentIntent) {
      // Stripe words its messages in the Element's locale, i.e. the visitor's language.
      setError(refused?.message ?? c.paymentFailed)
      setState("ready")
      return
    }
    // The statuses Stripe itself puts in `redirect_status` after a redirect: authorized or paid counts as
    // succeeded (Medusa captures later), "processing" waits for the webhook, anything else was refused.
    const status =
      paymentIntent.status === "succeeded" || paymentIntent.status === "requires_capture"
        ? "succeeded"
        : paymentIntent.status === "processing"
          ? "processing"
          : null
    if (!status) {
      setError(c.paymentFailed)
      setState("ready")
      return
    }
    const query = new URLSearchParams({ payment_intent: paymentIntent.id, redirect_status: status })
    window.location.assign(`${returnUrl}?${query}`)
  }

  return (
    <form onSubmit={pay} className="space-y-4" aria-labelledby="card-title">
      <h3 id="card-title" className="font-semibold">
        {c.cardDetails}
      </h3>
      <noscript>
        <p className="rounded-lg bg-amber-50 p-3 text-amber-950 ring-1 ring-amber-300">{c.cardNeedsJs}</p>
      </noscript>
      <div ref={mountRef} />
      {state === "loading" ? <p role="status">{c.cardLoading}</p> : null}
      {state === "failed" ? <p role="alert">{c.cardUnavailable}</p> : null}
      {error ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-red-900 ring-1 ring-red-300">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={state !== "ready"}
        className="rounded-lg bg-nila px-5 py-3 font-semibold text-white disabled:opacity-70"
      >
        {state === "paying" ? c.paying : c.pay}
      </button>
    </form>
  )
}
