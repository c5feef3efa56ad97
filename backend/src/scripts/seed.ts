import fs from "node:fs"
import path from "node:path"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { REPO_ROOT } from "../env"
import { seedBase, seedDemoAdmin } from "./seed/base"
import { seedPlainProducts } from "./seed/products"

/** Where the start script and the storefront find the publishable key. */
export const PUBLISHABLE_KEY_FILE = path.join(REPO_ROOT, ".data", "publishable-key")

/** `medusa exec ./src/scripts/seed.ts`: idempotent, a second run adds nothing. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const base = await seedBase(container)
  const products = await seedPlainProducts(container, base)
  const admin =
    process.env.NODE_ENV === "production" ? "skipped (production)" : await seedDemoAdmin(container)

  fs.mkdirSync(path.dirname(PUBLISHABLE_KEY_FILE), { recursive: true })
  fs.writeFileSync(PUBLISHABLE_KEY_FILE, `${base.publishableKey}\n`)
  logger.info(
    `Seed done: ${products} new products, demo admin ${admin}, publishable key written to ${PUBLISHABLE_KEY_FILE}`
  )
}
