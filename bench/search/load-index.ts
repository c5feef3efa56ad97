import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

/**
 * `npx medusa exec ../bench/search/load-index.ts` (from backend/, with DATABASE_URL pointing at the
 * benchmark database): writes a synthetic catalogue of BENCH_PRODUCTS (default 70,000) product
 * documents by BENCH_MAKERS (default 3,600) makers straight into the product search index, through
 * the Search Module and the configured provider (so the vocabulary and full-text columns are built
 * exactly as for real products).
 *
 * Why not real products: the scale generator (backend/src/scripts/scale/generate.ts) was not ready,
 * and loading 70,000 products through module services takes ~20 minutes here (FACTS.md). `/store/search`
 * only reads the index (hits are not hydrated), so its latency depends on the index alone. The
 * documents carry the benchmark store's real sales channel so the route's scoping applies.
 */

const MOTIFS = [
  "Parang", "Kawung", "Truntum", "Sidomukti", "Mega Mendung", "Asem Arang", "Lawang Sewu", "Tugu Muda",
  "Warak Ngendog", "Blekok Srondol", "Sekar Jagad", "Ceplok", "Lereng", "Semen Rama", "Sido Luhur",
  "Gurda", "Nitik", "Tambal", "Pring Sedapur", "Jlamprang", "Kopi Pecah", "Gambang Semarangan",
  "Merak Ngibing", "Cuwiri", "Udan Liris",
]
const TECHNIQUES = [
  ["tulis", "Tulis", 0.35],
  ["cap", "Cap", 0.35],
  ["kombinasi", "Kombinasi", 0.15],
  ["printing", "Printing", 0.15],
] as const
const FORMS = [
  ["kain-panjang", "Kain"], ["selendang", "Selendang"], ["kemeja", "Kemeja"], ["dress", "Dress"],
  ["scarf", "Scarf"], ["masker", "Masker"], ["sarung", "Sarung"], ["outer", "Outer"],
] as const
const FABRICS = ["katun primisima", "katun prima", "sutra", "rayon", "dobby", "katun jepang"]
const NATURAL_DYES = ["indigo", "mahoni", "secang", "tingi", "jolawe", "tegeran"]
const SYNTHETIC_DYES = ["naphthol", "remazol", "indigosol"]
const COLOURS = ["biru", "merah", "coklat", "hijau", "kuning", "hitam", "ungu", "sogan", "marun", "krem"]
const NAME_WORDS = [
  "Sekar", "Wijaya", "Lestari", "Sari", "Mulya", "Asri", "Jaya", "Arum", "Sinar", "Puspa", "Ayu", "Rahayu",
  "Sejahtera", "Indah", "Mekar", "Kencana", "Handayani", "Utama", "Makmur", "Santosa",
]
const DISTRICTS = [
  "Gunungpati", "Semarang Tengah", "Semarang Utara", "Semarang Timur", "Semarang Selatan", "Semarang Barat",
  "Gayamsari", "Genuk", "Pedurungan", "Candisari", "Gajahmungkur", "Tembalang", "Banyumanik", "Mijen",
  "Ngaliyan", "Tugu",
]

/** A deterministic generator, so every run loads the same catalogue. */
function random(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

export default async function loadIndex({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const search = container.resolve(Modules.SEARCH)
  const [channel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: "Gelar Online" })
  const products = Number(process.env.BENCH_PRODUCTS ?? 70_000)
  const makerCount = Number(process.env.BENCH_MAKERS ?? 3_600)
  const rnd = random(42)
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]
  const makers = Array.from({ length: makerCount }, (_, i) => {
    const name = `Batik ${pick(NAME_WORDS)} ${pick(NAME_WORDS)}`
    return { name, handle: `${name.toLowerCase().replace(/\s+/g, "-")}-${i}`, district: pick(DISTRICTS) }
  })
  const technique = () => {
    let r = rnd()
    for (const t of TECHNIQUES) {
      if ((r -= t[2]) < 0) {
        return t
      }
    }
    return TECHNIQUES[0]
  }
  const started = Date.now()
  const batch = 1_000
  for (let offset = 0; offset < products; offset += batch) {
    const documents = Array.from({ length: Math.min(batch, products - offset) }, (_, k) => {
      const i = offset + k
      const maker = makers[i % makerCount]
      const [code, label] = technique()
      const [form, formLabel] = pick(FORMS)
      const motif = pick(MOTIFS)
      const natural = code !== "printing" && rnd() < 0.4
      const dyes = [pick(natural ? NATURAL_DYES : SYNTHETIC_DYES)]
      const fabric = pick(FABRICS)
      const colour = pick(COLOURS)
      const base = code === "tulis" ? 500_000 : code === "kombinasi" ? 300_000 : code === "cap" ? 150_000 : 60_000
      const price = Math.round((base * (1 + rnd() * 4)) / 5_000) * 5_000
      return {
        id: `prod_bench_${String(i).padStart(6, "0")}`,
        title: `${formLabel} Batik ${label} ${motif} ${colour[0].toUpperCase()}${colour.slice(1)}`,
        description:
          `${formLabel} batik ${code} motif ${motif} warna ${colour}, ${fabric}, ` +
          `${natural ? "pewarna alam" : "pewarna sintetis"} ${dyes.join(", ")}. Dibuat oleh ${maker.name} di ${maker.district}.`,
        handle: `bench-${i}`,
        thumbnail: null,
        status: "published",
        sales_channel_ids: [channel.id],
        created_at: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
        price,
        in_stock: rnd() > 0.1,
        maker: { name: maker.name, handle: maker.handle },
        technique: code,
        motifs: [motif],
        dye_type: natural ? "natural" : "synthetic",
        dye_words: natural ? "pewarna alam" : "pewarna sintetis",
        dyes,
        fabric,
        form,
        featured: i % 350 === 0,
      }
    })
    await search.upsertDocuments({ index: "product", documents })
    if ((offset / batch) % 10 === 9) {
      logger.info(`bench: ${offset + documents.length} documents in ${((Date.now() - started) / 1000).toFixed(0)} s`)
    }
  }
  logger.info(`bench: loaded ${products} documents by ${makerCount} makers in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}
