import fs from "node:fs"
import path from "node:path"
import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { parseEnv, publishableKeyFile } from "../env"
import { seedBase, seedDemoAdmin } from "./seed/base"
import { seedDemoMakerLogin } from "./seed/demo/maker-login"
import { seedDemoCatalogue } from "./seed/demo/seed-demo"

/** Everything the demo store needs; idempotent, so a second run adds nothing. */
export async function seedAll(container: MedusaContainer) {
  const base = await seedBase(container)
  const demo = await seedDemoCatalogue(container, base)
  const admin =
    process.env.NODE_ENV === "production" ? "skipped (production)" : await seedDemoAdmin(container)
  const makerLogin =
    process.env.NODE_ENV === "production" ? "skipped (production)" : await seedDemoMakerLogin(container)
  return { base, demo, admin, makerLogin }
}

/** `medusa exec ./src/scripts/seed.ts`: seeds, then writes the publishable key for the storefront. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { base, demo, admin, makerLogin } = await seedAll(container)
  const keyFile = publishableKeyFile(parseEnv())
  fs.mkdirSync(path.dirname(keyFile), { recursive: true })
  fs.writeFileSync(keyFile, `${base.publishableKey}\n`)
  logger.info(
    `Seed done: ${demo.makers} new makers, ${demo.products} new products, ${demo.exhibitions} new exhibitions ` +
      `(${demo.participants} booths, ${demo.featured} featured), demo admin ${admin}, demo maker login ${makerLogin}, publishable key written to ${keyFile}`
  )
}
