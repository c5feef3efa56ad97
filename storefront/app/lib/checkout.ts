/** The checkout's steps in order; each needs the ones before it. */
export const STEPS = ["email", "delivery", "payment", "review"] as const
export type Step = (typeof STEPS)[number]

/** Medusa's system payment provider: the store's bank transfer, marked paid by the organisers. */
export const BANK_TRANSFER = "pp_system_default"
/** Medusa's Stripe providers are `pp_stripe_<method>_<id>`. */
export const STRIPE_PREFIX = "pp_stripe"
