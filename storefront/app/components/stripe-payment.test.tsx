import { configure, fireEvent, render, screen, waitFor } from "@testing-library/react"
import { createRoutesStub } from "react-router"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { StripePayment } from "./stripe-payment"

/**
 * js.stripe.com cannot be reached here: a fake Stripe.js stands in for `loadStripe`, recording
 * what the page asks of it. Everything around it (the component, its states, the return URL) is real.
 */
const fake = vi.hoisted(() => {
  const state = {
    loads: [] as string[],
    elementsOptions: [] as unknown[],
    mountedInto: null as HTMLElement | null,
    confirmations: [] as { confirmParams: { return_url: string }; redirect: string }[],
    confirmResult: {} as { error?: { message: string }; paymentIntent?: { id: string; status: string } },
  }
  const stripe = {
    elements: (options: unknown) => {
      state.elementsOptions.push(options)
      return {
        create: () => ({
          mount: (node: HTMLElement) => {
            node.textContent = "card form"
            state.mountedInto = node
          },
          destroy: () => undefined,
        }),
      }
    },
    confirmPayment: async (params: { confirmParams: { return_url: string }; redirect: string }) => {
      state.confirmations.push(params)
      return state.confirmResult
    },
  }
  return { state, stripe }
})

vi.mock("@stripe/stripe-js", () => ({
  loadStripe: async (key: string) => {
    fake.state.loads.push(key)
    return fake.stripe
  },
}))

const RETURN = "https://gelar.test/pembayaran/kembali"

function renderPayment(path = "/pembayaran") {
  const Stub = createRoutesStub([
    {
      path,
      Component: () => <StripePayment publishableKey="pk_test_gelar" clientSecret="pi_1_secret_2" returnUrl={RETURN} />,
    },
  ])
  render(<Stub initialEntries={[path]} />)
}

beforeEach(() => {
  Object.assign(fake.state, { loads: [], elementsOptions: [], mountedInto: null, confirmations: [], confirmResult: {} })
})
afterEach(() => vi.unstubAllGlobals())
// The loaders run for real on two cores shared by many: give a page more than the default second.
configure({ asyncUtilTimeout: 5000 })
vi.setConfig({ testTimeout: 20_000 })

describe("card payment step with a fake Stripe.js", () => {
  it("mounts the Payment Element for the cart's payment intent in the page's language", async () => {
    renderPayment("/en/checkout")
    await waitFor(() => expect(fake.state.mountedInto).not.toBeNull())
    expect(fake.state.loads).toEqual(["pk_test_gelar"])
    expect(fake.state.elementsOptions).toEqual([{ clientSecret: "pi_1_secret_2", locale: "en" }])
    expect(screen.getByText("card form")).toBeInTheDocument()
    expect(screen.getByRole("button", { name: "Pay and place order" })).toBeEnabled()
  })

  it("shows Stripe's refusal and lets the shopper try again", async () => {
    fake.state.confirmResult = { error: { message: "Kartu Anda ditolak." } }
    renderPayment()
    const pay = await screen.findByRole("button", { name: "Bayar dan buat pesanan" })
    await waitFor(() => expect(pay).toBeEnabled())
    fireEvent.click(pay)
    expect(await screen.findByRole("alert")).toHaveTextContent("Kartu Anda ditolak.")
    expect(fake.state.confirmations[0]).toMatchObject({ confirmParams: { return_url: RETURN }, redirect: "if_required" })
    expect(screen.getByRole("button", { name: "Bayar dan buat pesanan" })).toBeEnabled()
  })

  /** Pays with Stripe answering `paymentIntent`; returns where the page sent the browser. */
  async function payExpecting(paymentIntent: { id: string; status: string }, path = "/pembayaran") {
    const assign = vi.fn()
    vi.stubGlobal("location", { ...window.location, assign })
    fake.state.confirmResult = { paymentIntent }
    renderPayment(path)
    const pay = await screen.findByRole("button", { name: path.startsWith("/en") ? "Pay and place order" : "Bayar dan buat pesanan" })
    await waitFor(() => expect(pay).toBeEnabled())
    fireEvent.click(pay)
    return assign
  }

  it("goes to the return URL, which completes the cart, once a payment needed no redirect", async () => {
    const assign = await payExpecting({ id: "pi_1", status: "requires_capture" })
    await waitFor(() => expect(assign).toHaveBeenCalledWith(`${RETURN}?payment_intent=pi_1&redirect_status=succeeded`))
  })

  it("says a payment the bank still processes is processing, not paid and not failed", async () => {
    const assign = await payExpecting({ id: "pi_1", status: "processing" })
    await waitFor(() => expect(assign).toHaveBeenCalledWith(`${RETURN}?payment_intent=pi_1&redirect_status=processing`))
  })

  it("keeps the shopper on the form when Stripe returns an intent that is still unpaid", async () => {
    const assign = await payExpecting({ id: "pi_1", status: "requires_payment_method" }, "/en/checkout")
    expect(await screen.findByRole("alert")).toHaveTextContent("The payment did not go through.")
    expect(assign).not.toHaveBeenCalled()
    expect(screen.getByRole("button", { name: "Pay and place order" })).toBeEnabled()
  })
})
