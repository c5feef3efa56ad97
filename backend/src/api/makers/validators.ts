import { z } from "@medusajs/framework/zod"
import { AdminCreateMaker } from "../admin/makers/validators"

/** Body of `POST /makers/apply`: the business (it starts pending) and the applicant's name. */
export const MakerApply = z
  .object({
    maker: AdminCreateMaker,
    name: z.string().trim().min(1, "your name cannot be empty"),
  })
  .strict()
export type MakerApplyType = z.infer<typeof MakerApply>
