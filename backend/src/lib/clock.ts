import type { MedusaContainer } from "@medusajs/framework/types"

/** Container key under which tests register a fixed clock: `container.register(CLOCK_KEY, asValue(() => date))`. */
export const CLOCK_KEY = "gelarClock"

/**
 * The instant an exhibition's status is derived from: the registered clock when there is one
 * (tests pin boundary instants through HTTP), the real time otherwise.
 */
export function currentTime(scope: MedusaContainer): Date {
  const clock = scope.hasRegistration(CLOCK_KEY) ? scope.resolve<() => Date>(CLOCK_KEY) : null
  return clock ? clock() : new Date()
}
