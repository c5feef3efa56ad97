import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import type { IPaymentModuleService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"

/**
 * Medusa's webhook route answers 200 to anything and checks the signature only later, in the
 * subscriber that processes the event. This asks the provider (Stripe: its signing secret) first,
 * so a forged or damaged delivery gets a 400 the sender sees and never reaches the event bus.
 */
async function refuseUnverifiedWebhooks(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const payment = req.scope.resolve<IPaymentModuleService>(Modules.PAYMENT)
  try {
    await payment.getWebhookActionAndData({
      provider: req.params.provider,
      payload: { data: req.body as Record<string, unknown>, rawData: req.rawBody, headers: req.headers as Record<string, unknown> },
    })
  } catch (e) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Webhook refused for provider "${req.params.provider}": ${(e as Error).message}`
      )
    )
  }
  next()
}

export const paymentWebhookMiddlewares: MiddlewareRoute[] = [
  { matcher: "/hooks/payment/:provider", method: ["POST"], middlewares: [refuseUnverifiedWebhooks] },
]
