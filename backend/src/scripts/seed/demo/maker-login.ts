import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { DEMO_MAKER } from "../../../lib/constants"
import { MAKER_MODULE, type MakerModuleService } from "../../../modules/maker"
import { createMakerUserWorkflow } from "../../../workflows/maker-portal/create-maker-user"

/**
 * The demo maker portal login (README, `npm start`'s banner): a person of an approved demo maker, so the
 * portal can be tried without an invite. Idempotent; refused in production like the demo admin.
 */
export async function seedDemoMakerLogin(container: MedusaContainer): Promise<"created" | "exists"> {
  if (process.env.NODE_ENV === "production") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The demo maker login is not created when NODE_ENV=production")
  }
  const service: MakerModuleService = container.resolve(MAKER_MODULE)
  const [existing] = await service.listMakerUsers({ email: DEMO_MAKER.email }, { take: 1 })
  if (existing) {
    return "exists"
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: makers } = await query.graph({
    entity: "maker",
    fields: ["id"],
    filters: { handle: DEMO_MAKER.maker_handle },
  })
  if (!makers[0]) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Demo maker ${DEMO_MAKER.maker_handle} was not seeded`)
  }
  const { authIdentity, error } = await container.resolve(Modules.AUTH).register("emailpass", {
    body: { email: DEMO_MAKER.email, password: DEMO_MAKER.password },
  })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not register the demo maker login: ${error}`)
  }
  await createMakerUserWorkflow(container).run({
    input: { maker_id: makers[0].id, email: DEMO_MAKER.email, name: DEMO_MAKER.name, auth_identity_id: authIdentity.id },
  })
  return "created"
}
