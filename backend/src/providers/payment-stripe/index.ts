import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import StripeModule from "@medusajs/medusa/payment-stripe"
import { createRequire } from "node:module"

type Options = { apiKey: string; webhookSecret?: string; apiBaseUrl?: string }
type ProviderClass = new (cradle: Record<string, unknown>, options: Options) => object

// Medusa's card provider (identifier "stripe", so the provider id stays pp_stripe_stripe and the
// webhook /hooks/payment/stripe_stripe). Its bank-redirect siblings (iDEAL, Bancontact, BLIK, ...)
// serve Europe and Mexico and are left out.
const MedusaStripeProvider = (StripeModule as unknown as { services: (ProviderClass & { identifier: string })[] }).services.find(
  (s) => s.identifier === "stripe"
)!
// The Stripe library the provider was written against (its own copy, not the app's newer one).
const StripeLibrary = createRequire(require.resolve("@medusajs/payment-stripe"))("stripe")

/**
 * Medusa's Stripe provider, whose client can be pointed at another API host (`apiBaseUrl`, from
 * STRIPE_API_BASE_URL): Stripe's own stripe-mock, or the fake server of the webhook tests, since
 * api.stripe.com cannot be reached from the test machines. Without it, nothing differs from Medusa's.
 */
class GelarStripeProviderService extends MedusaStripeProvider {
  static identifier = "stripe"

  constructor(cradle: Record<string, unknown>, options: Options) {
    super(cradle, options)
    if (options.apiBaseUrl) {
      const url = new URL(options.apiBaseUrl)
      Object.assign(this, {
        stripe_: new StripeLibrary(options.apiKey, {
          host: url.hostname,
          port: Number(url.port) || (url.protocol === "https:" ? 443 : 80),
          protocol: url.protocol.replace(":", ""),
        }),
      })
    }
  }
}

export default ModuleProvider(Modules.PAYMENT, { services: [GelarStripeProviderService] })
