import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { oneCompletionPerPiece } from "./one-completion-per-piece"
import { IndonesianAddress, StoreUpdateCartAddresses } from "./validators"

/**
 * Checks the body against a schema before Medusa's own validation runs, and refuses it with a 400
 * naming each field, so a malformed address never reaches the cart. The body itself is left as sent
 * for Medusa's validator.
 */
function checkBody(schema: z.ZodTypeAny) {
  return (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const parsed = schema.safeParse(req.body ?? {})
    if (parsed.success) {
      return next()
    }
    const message = parsed.error.issues
      .map((i) => `${i.message} (${i.path.join(".")})`)
      .join("; ")
    next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  }
}

export const storeCartsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/store/carts/:id/complete",
    method: ["POST"],
    middlewares: [oneCompletionPerPiece],
  },
  {
    matcher: "/store/carts/:id",
    method: ["POST"],
    middlewares: [checkBody(StoreUpdateCartAddresses)],
  },
  {
    matcher: "/store/carts",
    method: ["POST"],
    middlewares: [checkBody(StoreUpdateCartAddresses)],
  },
  {
    matcher: "/store/customers/me/addresses*",
    method: ["POST"],
    middlewares: [checkBody(IndonesianAddress)],
  },
]
