import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import { EXHIBITION_MODULE, type ExhibitionModuleService } from "../../../modules/exhibition"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { unfeatureProductsWorkflow } from "../unfeature-products"

// Inside the product deletion itself (not a later subscriber), so no exhibition ever shows a
// featured item whose product is gone, not even briefly.
deleteProductsWorkflow.hooks.productsDeleted(
  async ({ ids }, { container }) => {
    const { result } = await unfeatureProductsWorkflow(container).run({ input: { product_ids: ids } })
    return new StepResponse(result, result.removed_featured_item_ids)
  },
  async (removedIds, { container }) => {
    if (!removedIds?.length) {
      return
    }
    const service: ExhibitionModuleService = container.resolve(EXHIBITION_MODULE)
    await service.restoreExhibitionFeaturedItems(removedIds)
  }
)
