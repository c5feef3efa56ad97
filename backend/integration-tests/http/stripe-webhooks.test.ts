import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IWorkflowEngineService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { createRequire } from "node:module"
import { type Clients, eventually, failing, makerWithProducts, productInput, setUpStoreAndOrganiser } from "./domain-fixtures"

vi.setConfig({ testTimeout: 120_000 })

// The Stripe library Medusa's provider uses: its test helper signs payloads the way Stripe does.
const Stripe = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")
const WEBHOOK_SECRET = "whsec_gelar_integration_test"
const stripe = new Stripe("sk_test_gelar_integration")

type Intent = Record<string, any> & { id: string; status: string; amount: number }

/**
 * Stripe's API as far as Medusa's provider calls it, in memory: api.stripe.com cannot be reached
 * from here. Form-encoded bodies as the Stripe library sends them.
 */
class FakeStripeApi {
  intents = new Map<string, Intent>()
  calls: string[] = []
  private server = http.createServer((req, res) => this.handle(req, res))

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  stop() {
    this.server.close()
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    let body = ""
    req.on("data", (chunk) => (body += chunk))
    req.on("end", () => {
      const form = new URLSearchParams(body)
      const path = (req.url ?? "").split("?")[0]
      this.calls.push(`${req.method} ${path}`)
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { "content-type": "application/json", "request-id": "req_fake" })
        res.end(JSON.stringify(json))
      }
      const [, , resource, id, action] = path.split("/") // "", "v1", "payment_intents", id, action
      if (resource !== "payment_intents") {
        return send(404, { error: { type: "invalid_request_error", message: `No fake for ${path}` } })
      }
      if (!id && req.method === "POST") {
        const metadata = Object.fromEntries(
          [...form].filter(([k]) => k.startsWith("metadata[")).map(([k, v]) => [k.slice(9, -1), v])
        )
        const intent: Intent = {
          id: `pi_fake_${this.intents.size + 1}`,
          object: "payment_intent",
          amount: Number(form.get("amount")),
          amount_capturable: 0,
          amount_received: 0,
          currency: form.get("currency"),
          capture_method: form.get("capture_method") ?? "automatic",
          status: "requires_payment_method",
          client_secret: `pi_fake_${this.intents.size + 1}_secret`,
          metadata,
          payment_method: null,
          last_payment_error: null,
        }
        this.intents.set(intent.id, intent)
        return send(200, intent)
      }
      const intent = this.intents.get(id)
      if (!intent) {
        return send(404, { error: { type: "invalid_request_error", code: "resource_missing", message: `No such payment_intent: '${id}'` } })
      }
      if (action === "capture") {
        Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0 })
      } else if (action === "cancel") {
        intent.status = "canceled"
      } else if (req.method === "POST" && form.get("amount")) {
        intent.amount = Number(form.get("amount"))
      }
      return send(200, intent)
    })
  }

  /** What Stripe.js confirming the Payment Element does to the intent. */
  pay(id: string) {
    const intent = this.intents.get(id)!
    Object.assign(intent, { status: "succeeded", amount_received: intent.amount })
    return intent
  }
}

const fake = new FakeStripeApi()
const saved = { ...process.env }

// Before the runner's own beforeAll boots Medusa: medusa-config.ts registers Stripe from these.
beforeAll(async () => {
  process.env.STRIPE_API_KEY = "sk_test_gelar_integration"
  process.env.STRIPE_WEBHOOK_SECRET = WEBHOOK_SECRET
  process.env.STRIPE_API_BASE_URL = await fake.start()
})

afterAll(() => {
  fake.stop()
  for (const key of ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE_URL"]) {
    if (saved[key] === undefined) delete process.env[key]
    else process.env[key] = saved[key]
  }
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let c: Clients
    let variantId: string

    beforeAll(async () => {
      const container = getContainer()
      c = await setUpStoreAndOrganiser(container, api)
      await api.post(
        `/admin/regions/${c.base.regionId}`,
        { payment_providers: ["pp_system_default", "pp_stripe_stripe"] },
        c.admin
      )
      const m = await makerWithProducts(container, c.base, "kartini", [productInput(c.base, "tulis-kartini", 1_250_000)])
      const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
        entity: "product_variant",
        fields: ["id"],
        filters: { product_id: m.products["tulis-kartini"] },
      })
      variantId = data[0].id
    }, 300_000)

    /** A cart for booth pickup whose payment session is a Stripe payment intent (on the fake). */
    async function cartPayingByCard() {
      const cart = (await api.post("/store/carts", { region_id: c.base.regionId, email: "kartu@example.com" }, c.store)).data.cart
      await api.post(`/store/carts/${cart.id}/line-items`, { variant_id: variantId, quantity: 1 }, c.store)
      await api.post(`/store/carts/${cart.id}`, { shipping_address: { country_code: "id" } }, c.store)
      const options = (await api.get(`/store/shipping-options?cart_id=${cart.id}`, c.store)).data.shipping_options
      const pickup = options.find((o: { name: string }) => o.name === "Ambil di booth pameran")
      await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: pickup.id }, c.store)
      const pc = (await api.post("/store/payment-collections", { cart_id: cart.id }, c.store)).data.payment_collection
      const session = (
        await api.post(`/store/payment-collections/${pc.id}/payment-sessions`, { provider_id: "pp_stripe_stripe" }, c.store)
      ).data.payment_collection.payment_sessions[0]
      return { cartId: cart.id as string, session, intentId: session.data.id as string }
    }

    function webhook(event: object, signature?: string) {
      const payload = JSON.stringify(event)
      const header = signature ?? stripe.webhooks.generateTestHeaderString({ payload, secret: WEBHOOK_SECRET })
      return api.post("/hooks/payment/stripe_stripe", payload, {
        headers: { "content-type": "application/json", "stripe-signature": header },
      })
    }

    const succeeded = (intent: Intent) => ({
      id: `evt_${intent.id}`,
      object: "event",
      type: "payment_intent.succeeded",
      data: { object: intent },
    })

    async function orderOf(cartId: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order_cart",
          fields: ["order.id", "order.payment_collections.payments.captures.amount", "order.payment_collections.status"],
          filters: { cart_id: cartId },
        })
      return data[0]?.order as { id: string; payment_collections: { status: string; payments: { captures: { amount: number }[] }[] }[] } | undefined
    }

    it("opens a Stripe payment intent for the cart's total, tagged with the payment session (Stripe API faked)", async () => {
      const { session, intentId } = await cartPayingByCard()
      const intent = fake.intents.get(intentId)!
      // Rupiah has no minor unit for Stripe's purposes here: Medusa sends the amount as Stripe expects it for IDR.
      expect(intent.currency).toBe("idr")
      expect(intent.amount).toBeGreaterThan(0)
      expect(intent.metadata.session_id).toBe(session.id)
      expect(session.data.client_secret).toBe(intent.client_secret)
    })

    it("refuses a webhook with a bad signature with 400 and changes nothing (Stripe API faked)", async () => {
      const { cartId, intentId } = await cartPayingByCard()
      const intent = fake.pay(intentId)
      const callsBefore = fake.calls.length
      const forged = await failing(webhook(succeeded(intent), "t=1700000000,v1=0000deadbeef"))
      expect(forged.status).toBe(400)
      expect(forged.data.message).toMatch(/signature/i)
      const unsigned = await failing(webhook(succeeded(intent), ""))
      expect(unsigned.status).toBe(400)
      // Signed with another secret: as bad as a forged one.
      const payload = JSON.stringify(succeeded(intent))
      const otherSecret = stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_someone_else" })
      expect((await failing(webhook(succeeded(intent), otherSecret))).status).toBe(400)
      const cart = (await api.get(`/store/carts/${cartId}?fields=completed_at`, c.store)).data.cart
      expect(cart.completed_at).toBeNull()
      expect(await orderOf(cartId)).toBeUndefined()
      // Nothing reached Stripe's API on behalf of the forged deliveries.
      expect(fake.calls.slice(callsBefore)).toEqual([])
    })

    it("completes the cart into a paid order on payment_intent.succeeded; the same event twice captures once (Stripe API faked)", async () => {
      const { cartId, intentId } = await cartPayingByCard()
      // Medusa processes each delivery later, in a subscriber running process-payment-workflow: count its runs.
      const runs: string[] = []
      getContainer()
        .resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
        .subscribe({
          workflowId: "process-payment-workflow",
          subscriberId: "stripe-webhook-test",
          subscriber: (e: { eventType: string; state?: string }) => {
            if (e.eventType === "onFinish") runs.push(e.state ?? "")
          },
        })
      const event = succeeded(fake.pay(intentId))
      expect((await webhook(event)).status).toBe(200)
      // Stripe retries a delivery it thinks failed: the same event again, signed anew.
      expect((await webhook(event)).status).toBe(200)
      // Both deliveries processed (after Medusa's 5 s webhook delay), with a deadline.
      await eventually(async () => expect(runs.length).toBeGreaterThanOrEqual(2), 90_000)
      const order = await orderOf(cartId)
      expect(order?.payment_collections[0].status).toBe("completed")
      const captures = order!.payment_collections.flatMap((pc) => pc.payments.flatMap((p) => p.captures))
      expect(captures).toHaveLength(1)
      const cart = (await api.get(`/store/carts/${cartId}?fields=completed_at`, c.store)).data.cart
      expect(cart.completed_at).not.toBeNull()
      // Stripe was never asked to capture twice (the intent was captured by the shopper's confirmation).
      expect(fake.calls.filter((call) => call === `POST /v1/payment_intents/${intentId}/capture`).length).toBeLessThanOrEqual(1)
    })
  },
})
