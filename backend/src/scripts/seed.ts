import fs from "node:fs"
import path from "node:path"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseEnv, publishableKeyFile } from "../env"
import { seedBase, seedDemoAdmin } from "./seed/base"
import { seedPlainProducts } from "./seed/products"

/** Everything the demo store needs; idempotent, so a second run adds nothing. */
export async function seedAll(container: MedusaContainer) {
  const base = await seedBase(container)
  const newProducts = await seedPlainProducts(container, base)
  const admin =
    process.env.NODE_ENV === "production" ? "skipped (production)" : await seedDemoAdmin(container)
  return { base, newProducts, admin }
}

/** `medusa exec ./src/scripts/seed.ts`: seeds, then writes the publishable key for the storefront. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { base, newProducts, admin } = await seedAll(container)
  const keyFile = publishableKeyFile(parseEnv())
  fs.mkdirSync(path.dirname(keyFile), { recursive: true })
  fs.writeFileSync(keyFile, `${base.publishableKey}\n`)
  logger.info(
    `Seed done: ${newProducts} new products, demo admin ${admin}, publishable key written to ${keyFile}`
  )
}
