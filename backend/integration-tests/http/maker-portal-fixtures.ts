import type { MedusaContainer } from "@medusajs/framework/types"
import { createRequire } from "node:module"

type Api = { post: Function }

// Loaded through Node's module cache, as in domain-fixtures.ts: the same workflow instances Medusa registered.
const { createMakerUserWorkflow } = createRequire(__filename)(
  "../../src/workflows/maker-portal/create-maker-user"
) as typeof import("../../src/workflows/maker-portal/create-maker-user")

/** Registers a maker portal login for an existing maker, signs it in and returns bearer request options. */
export async function makerLogin(api: Api, container: MedusaContainer, maker_id: string, email: string) {
  const password = "rahasia-batik-1"
  const reg = await api.post("/auth/maker/emailpass/register", { email, password })
  const { auth_identity_id } = JSON.parse(Buffer.from((reg.data.token as string).split(".")[1], "base64url").toString())
  await createMakerUserWorkflow(container).run({ input: { maker_id, email, name: email, auth_identity_id } })
  const res = await api.post("/auth/maker/emailpass", { email, password })
  return { headers: { authorization: `Bearer ${res.data.token}` } as Record<string, string> }
}

/** Every maker portal route with placeholder ids, for the access tests. */
export const MAKER_ROUTES: [method: "get" | "post" | "delete", path: string, body?: object][] = [
  ["get", "/makers/me"],
  ["get", "/makers/products"],
  ["post", "/makers/products", { title: "X", variants: [{ title: "All size", price: 100_000 }] }],
  ["get", "/makers/products/prod_x"],
  ["post", "/makers/products/prod_x", { status: "published" }],
  ["delete", "/makers/products/prod_x"],
  ["get", "/makers/orders"],
  ["get", "/makers/orders/mko_x"],
  ["post", "/makers/orders/mko_x/status", { status: "packed" }],
]
