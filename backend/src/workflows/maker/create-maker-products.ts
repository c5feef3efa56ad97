import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createProductsWorkflow,
  createRemoteLinkStep,
  useQueryGraphStep,
} from "@medusajs/medusa/core-flows"
import { BATIK_MODULE } from "../../modules/batik"
import { MAKER_MODULE } from "../../modules/maker"
import { createBatikAttributesStep } from "../batik/steps/create-batik-attributes"
import { validateBatikAttributesStep } from "../batik/steps/validate-batik-attributes"
import { type BatikAttributesInput, completeBatikAttributes } from "../batik/types"
import { getOnlineSalesChannelStep } from "./steps/get-online-sales-channel"

export const createMakerProductsWorkflowId = "create-maker-products"

/** A Medusa product input plus the piece's batik attributes. */
export type MakerProductInput = Omit<CreateProductWorkflowInputDTO, "sales_channels"> & {
  batik?: BatikAttributesInput
}

export type CreateMakerProductsWorkflowInput = {
  maker_id: string
  products: MakerProductInput[]
}

/**
 * Creates products of one maker in one go: Medusa products (variants, prices, options), their
 * validated batik attributes and both links. They join the "Gelar Online" sales channel only when
 * the maker is approved; otherwise approval adds them later.
 */
export const createMakerProductsWorkflow = createWorkflow(
  createMakerProductsWorkflowId,
  (input: CreateMakerProductsWorkflowInput) => {
    const { data: makers } = useQueryGraphStep({
      entity: "maker",
      fields: ["id", "status"],
      filters: { id: input.maker_id },
      options: { throwIfKeyNotFound: true },
    }).config({ name: "get-maker-for-products" })

    validateBatikAttributesStep(
      transform({ input }, ({ input }) =>
        input.products
          .filter((p) => p.batik)
          .map((p) => ({ subject: p.handle ?? p.title, batik: p.batik! }))
      )
    )

    const channel = getOnlineSalesChannelStep()

    const productsInput = transform({ input, makers, channel }, ({ input, makers, channel }) => {
      const approved = (makers[0] as { status: string }).status === "approved"
      return input.products.map(({ batik: _batik, ...product }) => ({
        ...product,
        sales_channels: approved ? [{ id: channel.id }] : [],
      })) as CreateProductWorkflowInputDTO[]
    })

    const products = createProductsWorkflow.runAsStep({ input: { products: productsInput } })

    const batikRows = createBatikAttributesStep(
      transform({ input }, ({ input }) =>
        input.products.filter((p) => p.batik).map((p) => completeBatikAttributes(p.batik!))
      )
    )

    const links = transform({ input, products, batikRows }, ({ input, products, batikRows }) => {
      let next = 0
      return input.products.flatMap((p, i) => {
        const productId = products[i].id
        const makerLink = {
          [MAKER_MODULE]: { maker_id: input.maker_id },
          [Modules.PRODUCT]: { product_id: productId },
        }
        if (!p.batik) {
          return [makerLink]
        }
        const batikLink = {
          [Modules.PRODUCT]: { product_id: productId },
          [BATIK_MODULE]: { batik_attributes_id: batikRows[next++].id },
        }
        return [makerLink, batikLink]
      })
    })
    createRemoteLinkStep(links)

    return new WorkflowResponse(products)
  }
)
