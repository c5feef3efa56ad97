import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SIZE_OPTION } from "../types"

/**
 * The piece's size option: the values this piece offers (`values`, each a variant's size) and the
 * option's whole value list (`option_values`), which only differs when the option is shared.
 */
export type OwnSizeOption = {
  id: string
  is_exclusive: boolean
  values: { id: string; value: string }[]
  option_values: string[]
}

/** The sizes a piece has now, by id, and the option they are values of (null when sizes are not edited). */
export type OwnSizes = { variant_ids: string[]; option: OwnSizeOption | null }

/**
 * Reads the piece's sizes and refuses a size id that is not one of them with a 404, worded like an
 * unknown id, before anything is written (so another maker's size changes nothing). When sizes are
 * edited it also reads their option, and refuses a piece whose variants are not one "Ukuran" option
 * (made outside the portal), since each size's variant must carry its name as that option's value.
 * Writes nothing.
 */
export const findOwnSizesStep = createStep(
  "find-own-sizes",
  async (input: { product_id: string; variant_ids: string[]; sizes_edited: boolean }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { product_id: input.product_id },
    })
    const own = new Set((data as { id: string }[]).map((v) => v.id))
    const missing = input.variant_ids.filter((id) => !own.has(id))
    if (missing.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Variant ${missing.join(", ")} was not found`)
    }
    if (!input.sizes_edited) {
      return new StepResponse<OwnSizes>({ variant_ids: [...own], option: null })
    }
    // Read through the product, the option's values are this piece's own subset of them.
    const { data: products } = await query.graph({
      entity: "product",
      fields: ["id", "options.id", "options.title", "options.is_exclusive", "options.values.id", "options.values.value"],
      filters: { id: input.product_id },
    })
    type Option = { id: string; title: string; is_exclusive: boolean; values?: { id: string; value: string }[] | null }
    const options = ((products[0] as { options?: Option[] | null } | undefined)?.options ?? []).filter(Boolean)
    const option = options.length === 1 && options[0].title === SIZE_OPTION ? options[0] : null
    if (!option) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Product ${input.product_id} has other options than one "${SIZE_OPTION}" (size): ask the organisers to change its sizes`
      )
    }
    const { data: all } = await query.graph({
      entity: "product_option",
      fields: ["id", "values.value"],
      filters: { id: option.id },
    })
    return new StepResponse<OwnSizes>({
      variant_ids: [...own],
      option: {
        id: option.id,
        is_exclusive: option.is_exclusive,
        values: (option.values ?? []).map((v) => ({ id: v.id, value: v.value })),
        option_values: ((all[0] as { values?: { value: string }[] | null } | undefined)?.values ?? []).map((v) => v.value),
      },
    })
  }
)
