import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendNotificationsStep, updateOrdersStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { findGuestOrdersStep, GUEST_ORDERS_CUSTOMER_FIELDS, type GuestOrdersCustomer } from "./steps/find-guest-orders"
import { checkGuestOrdersTokenStep, signGuestOrdersTokenStep } from "./steps/guest-orders-token"

/**
 * Reads the customer once, so the token check and the guest-order search decide on the same record.
 * `null` when there is none: the token check then refuses and the search finds nothing. Composes a
 * step, so it is called from a workflow body only.
 */
function readGuestOrdersCustomer(customer_id: string) {
  const { data } = useQueryGraphStep({
    entity: "customer",
    fields: GUEST_ORDERS_CUSTOMER_FIELDS,
    filters: { id: customer_id },
  }).config({ name: "get-guest-orders-customer" })
  return transform({ data }, ({ data }) => ((data[0] as GuestOrdersCustomer | undefined) ?? null))
}

export const sendGuestOrdersLinkWorkflowId = "send-guest-orders-link"

/**
 * After registering: when orders were placed as a guest under the account's email, emails the link
 * that adds them to the account. Registering alone shows nothing of them, since anyone can register
 * with any email; only the mailbox's reader can follow the link.
 */
export const sendGuestOrdersLinkWorkflow = createWorkflow(
  sendGuestOrdersLinkWorkflowId,
  (input: { customer_id: string; storefront_url: string }) => {
    const customer = readGuestOrdersCustomer(input.customer_id)
    const found = findGuestOrdersStep({ customer })
    when("guest-orders-to-link", { found }, ({ found }) => found.order_ids.length > 0 && !!found.email).then(() => {
      const token = signGuestOrdersTokenStep(
        transform({ found, input }, ({ found, input }) => ({ customer_id: input.customer_id, email: found.email! }))
      )
      sendNotificationsStep(
        transform({ found, input, token }, ({ found, input, token }) => {
          const link = new URL("/akun/pesanan-tamu", input.storefront_url)
          link.searchParams.set("token", token)
          return [
            {
              to: found.email!,
              channel: "email",
              template: "customer-guest-orders",
              data: { link: link.toString(), order_count: found.order_ids.length },
            },
          ]
        })
      )
    })
    return new WorkflowResponse(found)
  }
)

export const claimGuestOrdersWorkflowId = "claim-guest-orders"

/**
 * Moves the orders placed as a guest under a registered customer's email to that customer's account,
 * given the token of the link emailed to that address (`sendGuestOrdersLinkWorkflow`).
 */
export const claimGuestOrdersWorkflow = createWorkflow(
  claimGuestOrdersWorkflowId,
  (input: { customer_id: string; token: string }) => {
    const customer = readGuestOrdersCustomer(input.customer_id)
    checkGuestOrdersTokenStep({ customer_id: input.customer_id, token: input.token, customer })
    const found = findGuestOrdersStep({ customer })
    when("guest-orders-found", { found }, ({ found }) => found.order_ids.length > 0).then(() => {
      const update = transform({ found, input }, ({ found, input }) => ({
        selector: { id: found.order_ids },
        update: { customer_id: input.customer_id },
      }))
      // Medusa's step keeps the previous customer ids, so a failure puts the orders back.
      updateOrdersStep(update)
    })
    return new WorkflowResponse(found)
  }
)
