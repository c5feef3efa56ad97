import type { ExecArgs, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import type { Knex } from "knex"
import { createMakersWorkflow } from "../../workflows/maker/create-makers"
import { seedBase } from "../seed/base"
import { type RenderedImage, storeImages } from "../seed/demo/images"
import { batikSvg, hashSeed, logoSvg, MOTIF_KINDS, PALETTES } from "../seed/demo/patterns"
import { svgToWebp } from "../seed/demo/render"
import {
  LOGO_POOL_SIZE,
  makerOfProduct,
  PICTURE_POOL,
  picturePoolKey,
  scaleMaker,
  scaleProduct,
} from "./catalogue"
import { addProductRows, emptyTableRows, type ScaleContext, TABLES, type TableRows } from "./rows"

/**
 * `npx medusa exec ./src/scripts/scale/generate.ts [makers] [products]` (or SCALE_MAKERS and
 * SCALE_PRODUCTS): loads the benchmark catalogue, by default the city's full IKM scale of 3,600
 * makers and 70,000 products, and prints how long each part took. Run it on a database of its own:
 * see bench/scale/README.md.
 *
 * Makers go through `createMakersWorkflow`. Products are written as multi-row parameterised INSERTs,
 * one transaction per batch, with exactly the rows `createMakerProductsWorkflow` and stock levels
 * would write (see rows.ts); no events are emitted, so the product search index is rebuilt at the end.
 */

const count = (name: string, max: number) =>
  z.coerce
    .number({ message: `${name} must be a whole number` })
    .int(`${name} must be a whole number`)
    .min(1, `${name} must be at least 1`)
    .max(max, `${name} must be at most ${max.toLocaleString("en")}`)

const argsSchema = z
  .object({ makers: count("makers", 10_000).default(3_600), products: count("products", 200_000).default(70_000) })
  .refine((a) => a.products >= a.makers, { message: "products must be at least makers: every maker sells something" })

/** Products per transaction: large enough to amortise round trips, small enough to keep memory flat. */
const BATCH = 1_000
/** Batches written at the same time. */
const IN_FLIGHT = 2
/** Rows per INSERT: one JSON parameter of a few megabytes. */
const ROWS_PER_STATEMENT = 5_000

/** Reads the sizes from positional arguments, else the environment, else the defaults. */
export function parseScaleArgs(args: string[], env: Record<string, string | undefined>) {
  const parsed = argsSchema.safeParse({
    makers: args[0] ?? env.SCALE_MAKERS,
    products: args[1] ?? env.SCALE_PRODUCTS,
  })
  if (!parsed.success) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Scale generator: ${parsed.error.issues.map((i) => i.message).join("; ")} ` +
        "(usage: medusa exec ./src/scripts/scale/generate.ts [makers] [products])"
    )
  }
  return parsed.data
}

async function renderPools(container: MedusaContainer) {
  const pictures: RenderedImage[] = []
  for (const [i, { motif, form }] of PICTURE_POOL.entries()) {
    const palettes = [...PALETTES.natural, ...PALETTES.synthetic]
    const svg = batikSvg({ seed: hashSeed(`scale-picture:${i}`), motifs: [motif], palette: palettes[i % palettes.length], form })
    pictures.push({ filename: `scale/products/${picturePoolKey(motif, form)}.webp`, content: await svgToWebp(svg) })
  }
  const logos: RenderedImage[] = []
  for (let i = 0; i < LOGO_POOL_SIZE; i++) {
    const palettes = [...PALETTES.natural, ...PALETTES.synthetic]
    const svg = logoSvg({ seed: hashSeed(`scale-logo:${i}`), name: null, motif: MOTIF_KINDS[i % MOTIF_KINDS.length], palette: palettes[i % palettes.length] })
    logos.push({ filename: `scale/makers/logo-${i}.webp`, content: await svgToWebp(svg) })
  }
  const urls = await storeImages(container, [...pictures, ...logos])
  const pictureUrl = new Map(PICTURE_POOL.map((p, i) => [picturePoolKey(p.motif, p.form), urls[i]]))
  return { pictureUrl, logoUrls: urls.slice(pictures.length) }
}

/** Column → SQL type of each table the loader writes, read from the catalogue of the database itself. */
export type ColumnTypes = Map<string, Map<string, string>>

async function readColumnTypes(pg: Knex): Promise<ColumnTypes> {
  const { rows } = await pg.raw(
    `select c.relname as table_name, a.attname as column_name, format_type(a.atttypid, a.atttypmod) as type
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = current_schema() and a.attnum > 0 and not a.attisdropped
        and c.relname in (${TABLES.map(() => "?").join(", ")})`,
    [...TABLES]
  )
  const types: ColumnTypes = new Map()
  for (const row of rows as { table_name: string; column_name: string; type: string }[]) {
    // Type names go into the statement text (they cannot be parameters): accept only plain ones.
    if (!/^[a-z ]+(\(\d+(,\d+)?\))?$/.test(row.type)) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Unexpected type ${row.type} of ${row.table_name}.${row.column_name}`)
    }
    if (!types.has(row.table_name)) types.set(row.table_name, new Map())
    types.get(row.table_name)!.set(row.column_name, row.type)
  }
  return types
}

/**
 * Writes one batch, table by table. Each statement carries its rows as a single JSON parameter that
 * PostgreSQL unpacks with jsonb_to_recordset: building and parsing one JSON text is far cheaper than
 * tens of thousands of separate parameters, and values never enter the SQL text.
 */
async function insertAll(trx: Knex.Transaction, rows: TableRows, types: ColumnTypes) {
  for (const table of TABLES) {
    const list = rows.get(table)!
    if (!list.length) continue
    const columns = Object.keys(list[0])
    const columnTypes = types.get(table)
    const missing = columns.filter((c) => !columnTypes?.has(c))
    if (missing.length) {
      throw new MedusaError(
        MedusaError.Types.UNEXPECTED_STATE,
        `Table ${table} has no column ${missing.join(", ")}: the schema changed, update backend/src/scripts/scale/rows.ts`
      )
    }
    const names = columns.map(() => "??").join(", ")
    const record = columns.map((c) => `?? ${columnTypes!.get(c)}`).join(", ")
    const sql = `insert into ?? (${names}) select ${names} from jsonb_to_recordset(?::jsonb) as x(${record})`
    for (let i = 0; i < list.length; i += ROWS_PER_STATEMENT) {
      const chunk = list.slice(i, i + ROWS_PER_STATEMENT)
      await trx.raw(sql, [table, ...columns, ...columns, JSON.stringify(chunk), ...columns])
    }
  }
}

/** Loads the catalogue; returns the seconds each part took. */
export async function generateScaleCatalogue(
  container: MedusaContainer,
  size: { makers: number; products: number }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const pg = container.resolve(ContainerRegistrationKeys.PG_CONNECTION) as Knex
  const makerModule = container.resolve("maker") as { listMakers: (f: object, c: object) => Promise<{ id: string }[]> }
  const started = Date.now()
  const seconds = (from: number) => Math.round((Date.now() - from) / 100) / 10

  const first = scaleMaker(0)
  if ((await makerModule.listMakers({ handle: first.handle }, { select: ["id"] })).length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The scale catalogue is already loaded (maker ${first.handle} exists): use a fresh database or restore a saved data folder`
    )
  }

  // Checked before loading: a load of several minutes should not end in "no such index".
  const search = container.resolve(Modules.SEARCH)
  const pendingMigrations = (await search.createIndexMigrationPlan()).filter((a) => a.action !== "noop")
  if (pendingMigrations.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `The search indexes are not migrated (${pendingMigrations.length} pending change(s)): run \`npx medusa db:migrate\` on this database first`
    )
  }

  const base = await seedBase(container)
  const ctx: ScaleContext = {
    salesChannelId: base.salesChannelId,
    shippingProfileId: base.shippingProfileId,
    stockLocationId: base.stockLocationId,
  }

  let t = Date.now()
  const { pictureUrl, logoUrls } = await renderPools(container)
  const picturesSeconds = seconds(t)
  logger.info(`Scale: ${PICTURE_POOL.length + LOGO_POOL_SIZE} pictures drawn and stored in ${picturesSeconds} s`)

  t = Date.now()
  const makers = Array.from({ length: size.makers }, (_, i) => scaleMaker(i))
  const makerIds: string[] = []
  for (let i = 0; i < makers.length; i += 500) {
    const { result } = await createMakersWorkflow(container).run({
      input: {
        makers: makers.slice(i, i + 500).map(({ picture, certified: _c, ...m }) => ({
          ...m,
          logo_url: logoUrls[picture % logoUrls.length],
          photos: [],
          status: "approved" as const,
        })),
      },
    })
    makerIds.push(...result.map((m) => m.id))
  }
  const makersSeconds = seconds(t)
  logger.info(`Scale: ${size.makers} makers in ${makersSeconds} s`)

  t = Date.now()
  const types = await readColumnTypes(pg)
  // Two batches in flight: one PostgreSQL backend per core, while this process builds the next batch.
  const inFlight = new Set<Promise<unknown>>()
  for (let from = 0; from < size.products; from += BATCH) {
    const rows = emptyTableRows()
    const now = new Date()
    for (let i = from; i < Math.min(from + BATCH, size.products); i++) {
      const makerIndex = makerOfProduct(i, size.makers)
      const product = scaleProduct(i, makers[makerIndex], makerIndex)
      const url = pictureUrl.get(picturePoolKey(product.picture.motifs[0], product.picture.form))!
      addProductRows(rows, product, makerIds[makerIndex], url, ctx, now)
    }
    if (inFlight.size >= IN_FLIGHT) {
      await Promise.race(inFlight)
    }
    const write = pg.transaction((trx) => insertAll(trx, rows, types))
    inFlight.add(write)
    // A failed batch is reported by the Promise.all below or by the race above.
    write.then(() => inFlight.delete(write), () => {})
    if ((from / BATCH) % 10 === 9) {
      logger.info(`Scale: ${from + BATCH} products written, ${Math.round((from + BATCH) / seconds(t))} products/s`)
    }
  }
  await Promise.all(inFlight)
  const productsSeconds = seconds(t)
  logger.info(`Scale: ${size.products} products in ${productsSeconds} s (${Math.round(size.products / productsSeconds)} products/s)`)

  t = Date.now()
  await pg.raw("ANALYZE")
  await search.reindex({ index: "product" })
  const searchSeconds = seconds(t)
  logger.info(`Scale: search index rebuilt in ${searchSeconds} s`)

  return {
    pictures: picturesSeconds,
    makers: makersSeconds,
    products: productsSeconds,
    search: searchSeconds,
    total: seconds(started),
  }
}

export default async function generate({ container, args }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const size = parseScaleArgs(args ?? [], process.env)
  logger.info(`Scale: loading ${size.makers} makers and ${size.products} products`)
  const took = await generateScaleCatalogue(container, size)
  logger.info(
    `Scale: done in ${took.total} s (pictures ${took.pictures} s, makers ${took.makers} s, ` +
      `products ${took.products} s, search index ${took.search} s) for ${size.makers} makers and ${size.products} products`
  )
}
