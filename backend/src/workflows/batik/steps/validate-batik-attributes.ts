import { batikmarkProblems } from "@gelar/shared"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import type { BatikAttributesInput } from "../types"

export const validateBatikAttributesStepId = "validate-batik-attributes"

/**
 * Applies the Batikmark rules of `@gelar/shared` (label colour matches technique, printing carries
 * no Batikmark, number format, number and label together) before anything is written.
 */
export const validateBatikAttributesStep = createStep(
  validateBatikAttributesStepId,
  async (items: { subject: string; batik: BatikAttributesInput }[]) => {
    const problems = items.flatMap(({ subject, batik }) =>
      batikmarkProblems(batik).map((p) => (items.length > 1 ? `${subject}: ${p}` : p))
    )
    if (problems.length) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, problems.join(" "))
    }
  }
)
