import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ILockingModule } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/** How long a completion waits for others holding the same piece before it is told to try again. */
const QUEUE_SECONDS = 30

type CartRow = {
  completed_at?: string | null
  items?: { variant?: { manage_inventory?: boolean; inventory_items?: { inventory_item_id: string }[] } }[]
}

/**
 * Lets only one completion at a time run for carts that share a piece, the others queue behind it.
 * The validate hook (src/workflows/checkout/hooks/complete-cart-validate.ts) then sees the winner's
 * reservation and refuses the rest before Medusa creates their orders, so no completion ever fails
 * in the reservation step, where the in-memory workflow engine can leave a failure uncompensated
 * with an order and a completed cart behind (decision 004). Keys are prefixed: the reservation
 * step locks the bare inventory item ids itself, inside this.
 */
export async function oneCompletionPerPiece(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["completed_at", "items.variant.manage_inventory", "items.variant.inventory_items.inventory_item_id"],
    filters: { id: req.params.id },
  })
  const cart = data[0] as CartRow | undefined
  const keys = [
    ...new Set(
      (cart?.items ?? []).flatMap((item) =>
        item?.variant?.manage_inventory ? (item.variant.inventory_items ?? []).map((i) => `checkout:${i.inventory_item_id}`) : []
      )
    ),
  ].sort() // one order for every caller, so two carts sharing two pieces cannot wait on each other
  if (!cart || cart.completed_at || !keys.length) {
    return next()
  }
  const locking = req.scope.resolve<ILockingModule>(Modules.LOCKING)
  let started = false
  try {
    await locking.execute(
      keys,
      () =>
        new Promise<void>((done) => {
          started = true
          res.once("finish", done)
          res.once("close", done)
          next()
        }),
      { timeout: QUEUE_SECONDS }
    )
  } catch (e) {
    // Waited too long: the error handler answers "sold out" if the piece went meanwhile, else "try again".
    if (!started) next(e)
  }
}
