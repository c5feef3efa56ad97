import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"

export const createMakerOrdersStepId = "create-maker-orders"

/**
 * Splits an order by maker: one `maker_order` per maker with the ids of its lines. Runs once per
 * order (a repeated event finds the parts already there). Compensation deletes what it created.
 */
export const createMakerOrdersStep = createStep(
  createMakerOrdersStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    const existing = await service.listMakerOrders({ order_id: input.order_id }, { take: 1 })
    if (existing.length) {
      return new StepResponse([], [] as string[])
    }
    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["id", "items.id", "items.product_id"],
      filters: { id: input.order_id },
    })
    const items = ((orders[0]?.items ?? []) as { id: string; product_id: string | null }[]).filter((i) => i?.product_id)
    if (!items.length) {
      return new StepResponse([], [] as string[])
    }
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "maker.id"],
      filters: { id: [...new Set(items.map((i) => i.product_id!))] },
    })
    const makerOf = new Map((products as { id: string; maker?: { id: string } | null }[]).map((p) => [p.id, p.maker?.id]))
    const lines = new Map<string, string[]>()
    for (const item of items) {
      const makerId = makerOf.get(item.product_id!)
      if (makerId) {
        lines.set(makerId, [...(lines.get(makerId) ?? []), item.id])
      }
    }
    const created = await service.createMakerOrders(
      [...lines].map(([maker_id, line_item_ids]) => ({ maker_id, order_id: input.order_id, line_item_ids }))
    )
    return new StepResponse(created, created.map((c) => c.id))
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: MakerModuleService = container.resolve(MAKER_MODULE)
    await service.deleteMakerOrders(ids)
  }
)
