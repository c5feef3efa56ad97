import type { InventoryTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** A size of one of the maker's pieces and the inventory item that counts it (null: not counted yet). */
export type StockedVariant = { id: string; label: string; sku: string | null; inventory_item_id: string | null }

/**
 * Finds the size within the piece (a size of another piece, or of another maker's, is a 404 with the
 * same message as an unknown id) and the inventory item that counts it, if any. Writes nothing.
 */
export const findStockedVariantStep = createStep(
  "find-stocked-variant",
  async (input: { product_id: string; variant_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "title", "sku", "manage_inventory", "product.title", "inventory_items.inventory_item_id"],
      filters: { id: input.variant_id, product_id: input.product_id },
    })
    const v = data[0] as
      | {
          id: string
          title: string
          sku: string | null
          manage_inventory: boolean
          product?: { title: string } | null
          inventory_items?: { inventory_item_id: string }[] | null
        }
      | undefined
    if (!v) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${input.variant_id} was not found`)
    }
    const label = `"${v.product?.title ?? "This piece"}" (${v.title})`
    const item = v.manage_inventory ? v.inventory_items?.[0]?.inventory_item_id ?? null : null
    return new StepResponse<StockedVariant>({ id: v.id, label, sku: v.sku, inventory_item_id: item })
  }
)

export type SetVariantStockInput = {
  variant: StockedVariant & { inventory_item_id: string }
  location_id: string
  quantity?: number
  adjustment?: number
}

export type VariantStock = { stocked_quantity: number; reserved_quantity: number; available_quantity: number }

type Undo = { inventory_item_id: string; location_id: string; created: boolean; adjustment: number }

/**
 * Sets or changes the pieces on hand of one size at the exhibition's location, under the same lock as
 * the checkout's reservations, so it never goes below what shoppers have already reserved (those pieces
 * are sold). Compensation takes the change back.
 */
export const setVariantStockStep = createStep(
  "set-variant-stock",
  async (input: SetVariantStockInput, { container }) => {
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const item = input.variant.inventory_item_id
    return await locking.execute([item], async () => {
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: item, location_id: input.location_id })
      const current = Number(level?.stocked_quantity ?? 0)
      const reserved = Number(level?.reserved_quantity ?? 0)
      const next = input.quantity ?? current + (input.adjustment ?? 0)
      if (next < 0) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `${input.variant.label} has ${current} on hand: it cannot go below 0`
        )
      }
      if (next < reserved) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `${input.variant.label}: ${reserved} already sold online and waiting to be handed over, so stock cannot be less than ${reserved}`
        )
      }
      // Under the lock the count read above is still the count, so setting it is as safe as adjusting it.
      const target = { inventory_item_id: item, location_id: input.location_id, stocked_quantity: next }
      const updated: InventoryTypes.InventoryLevelDTO = level
        ? await inventory.updateInventoryLevels(target)
        : await inventory.createInventoryLevels(target)
      const stock: VariantStock = {
        stocked_quantity: Number(updated.stocked_quantity),
        reserved_quantity: Number(updated.reserved_quantity),
        available_quantity: Number(updated.stocked_quantity) - Number(updated.reserved_quantity),
      }
      const undo: Undo = { inventory_item_id: item, location_id: input.location_id, created: !level, adjustment: current - next }
      return new StepResponse({ stock, level_id: updated.id }, undo)
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute([undo.inventory_item_id], async () => {
      if (undo.created) {
        await inventory.deleteInventoryLevels(
          (await inventory.listInventoryLevels({ inventory_item_id: undo.inventory_item_id, location_id: undo.location_id })).map((l) => l.id)
        )
        return
      }
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: undo.inventory_item_id, location_id: undo.location_id })
      if (level && undo.adjustment !== 0) {
        await inventory.updateInventoryLevels({
          inventory_item_id: undo.inventory_item_id,
          location_id: undo.location_id,
          stocked_quantity: Number(level.stocked_quantity) + undo.adjustment,
        })
      }
    })
  }
)
