/** Names the base seed looks things up by, so a second run finds what the first created. */
export const BASE_NAMES = {
  store: "Gelar — Pameran Batik Kota Semarang",
  salesChannel: "Gelar Online",
  region: "Indonesia",
  stockLocation: "Gudang Pameran Gelar",
  deliverySet: "Pengiriman kurir",
  pickupSet: "Ambil di booth",
  publishableKey: "Gelar Storefront",
} as const

/** Shipping option type codes the storefront recognises. */
export const SHIPPING_OPTION_CODES = {
  courier: "courier",
  boothPickup: "booth-pickup",
} as const

/** The documented demo maker portal login, for Batik Sekar Malon (never created when NODE_ENV=production). */
export const DEMO_MAKER = {
  email: "perajin@gelar.test",
  password: "gelar-perajin-2026",
  name: "Sri Wahyuni",
  maker_handle: "batik-sekar-malon",
} as const

/** The documented demo organiser login (never created when NODE_ENV=production). */
export const DEMO_ADMIN = {
  email: "panitia@gelar.test",
  password: "gelar-demo-2026",
} as const
