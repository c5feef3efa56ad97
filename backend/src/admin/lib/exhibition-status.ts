/** Badge colours of the derived exhibition status. */
export const EXHIBITION_STATUS_COLOR = { scheduled: "blue", live: "green", closed: "grey" } as const
