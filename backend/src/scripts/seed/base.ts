import {
  batchLinksWorkflow,
  createApiKeysWorkflow,
  createLocationFulfillmentSetWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import {
  BASE_NAMES,
  DEMO_ADMIN,
  SHIPPING_OPTION_CODES,
} from "../../lib/constants"

export type BaseSeedResult = {
  storeId: string
  salesChannelId: string
  regionId: string
  stockLocationId: string
  shippingProfileId: string
  publishableKey: string
}

/**
 * Creates what a store needs before it can sell anything (store currency, region, tax region,
 * sales channel, publishable key, exhibition stock location, courier and booth-pickup options).
 * Each part is looked up first, so running it again creates nothing.
 */
export async function seedBase(container: MedusaContainer): Promise<BaseSeedResult> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const storeModule = container.resolve(Modules.STORE)
  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  const regionModule = container.resolve(Modules.REGION)
  const taxModule = container.resolve(Modules.TAX)
  const apiKeyModule = container.resolve(Modules.API_KEY)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const [store] = await storeModule.listStores()
  if (!store) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "No store exists: run `medusa db:migrate` first")
  }

  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: BASE_NAMES.salesChannel })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [
          { name: BASE_NAMES.salesChannel, description: "Online store of the exhibition" },
        ],
      },
    })
    salesChannel = result[0]
    logger.info(`Created sales channel ${salesChannel.id}`)
  }

  let [region] = await regionModule.listRegions({ name: BASE_NAMES.region })
  if (!region) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: BASE_NAMES.region,
            currency_code: "idr",
            countries: ["id"],
            payment_providers: ["pp_system_default"],
            // Indonesian shop prices include any tax; the makers are small, mostly non-PKP businesses.
            is_tax_inclusive: true,
            automatic_taxes: true,
          },
        ],
      },
    })
    region = result[0]
    logger.info(`Created region ${region.id}`)
  }

  const [taxRegion] = await taxModule.listTaxRegions({ country_code: "id" })
  if (!taxRegion) {
    await createTaxRegionsWorkflow(container).run({
      input: [
        {
          country_code: "id",
          provider_id: "tp_system",
          default_tax_rate: { name: "Non-PKP (tanpa PPN)", code: "NON-PKP", rate: 0 },
        },
      ],
    })
  }

  let [stockLocation] = await stockLocationModule.listStockLocations({
    name: BASE_NAMES.stockLocation,
  })
  if (!stockLocation) {
    const { result } = await createStockLocationsWorkflow(container).run({
      input: {
        locations: [
          {
            name: BASE_NAMES.stockLocation,
            address: {
              address_1: "Jl. Pemuda No. 1",
              city: "Semarang",
              province: "Jawa Tengah",
              postal_code: "50132",
              country_code: "ID",
            },
          },
        ],
      },
    })
    stockLocation = result[0]
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: stockLocation.id, add: [salesChannel.id] },
    })
    await batchLinksWorkflow(container).run({
      input: {
        create: [
          {
            [Modules.STOCK_LOCATION]: { stock_location_id: stockLocation.id },
            [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
          },
        ],
      },
    })
    logger.info(`Created stock location ${stockLocation.id}`)
  }

  // `medusa db:migrate` creates the default profile; a bare migrated test database has none.
  // A second profile of type "default" would break cart completion, so reuse the one there is.
  let [shippingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfile = result[0]
  }

  await ensureFulfillment(container, {
    stockLocationId: stockLocation.id,
    regionId: region.id,
    shippingProfileId: shippingProfile.id,
  })

  let apiKey = (
    await apiKeyModule.listApiKeys({ title: BASE_NAMES.publishableKey, type: "publishable" })
  ).find((key) => !key.revoked_at)
  if (!apiKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [{ title: BASE_NAMES.publishableKey, type: "publishable", created_by: "" }],
      },
    })
    apiKey = result[0]
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: apiKey.id, add: [salesChannel.id] },
    })
    logger.info(`Created publishable key ${apiKey.id}`)
  }

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: BASE_NAMES.store,
        supported_currencies: [{ currency_code: "idr", is_default: true, is_tax_inclusive: true }],
        default_sales_channel_id: salesChannel.id,
        default_region_id: region.id,
        default_location_id: stockLocation.id,
        metadata: {
          // Shown by the storefront as the "bank transfer" payment's instructions.
          bank_transfer: {
            bank: "Bank Jateng",
            account_number: "1-234-56789-0",
            account_holder: "Panitia Pameran Batik Kota Semarang",
          },
        },
      },
    },
  })

  // The key's token is what a storefront sends; the list call above returns it redacted.
  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token"],
    filters: { id: apiKey.id },
  })

  return {
    storeId: store.id,
    salesChannelId: salesChannel.id,
    regionId: region.id,
    stockLocationId: stockLocation.id,
    shippingProfileId: shippingProfile.id,
    publishableKey: keys[0].token,
  }
}

async function ensureFulfillment(
  container: MedusaContainer,
  ids: { stockLocationId: string; regionId: string; shippingProfileId: string }
) {
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const sets = [
    {
      name: BASE_NAMES.deliverySet,
      type: "shipping",
      zone: "Indonesia",
      option: {
        name: "Kurir ke alamat",
        code: SHIPPING_OPTION_CODES.courier,
        label: "Courier delivery",
        description: "Dikirim kurir dalam 2-5 hari kerja / Courier, 2-5 working days",
        amount: 25000,
      },
    },
    {
      name: BASE_NAMES.pickupSet,
      type: "pickup",
      zone: "Booth pameran",
      option: {
        name: "Ambil di booth pameran",
        code: SHIPPING_OPTION_CODES.boothPickup,
        label: "Pick up at the exhibition booth",
        description: "Ambil di booth pembuat selama pameran / Pick up at the maker's booth during the exhibition",
        amount: 0,
      },
    },
  ]

  for (const set of sets) {
    let [fulfillmentSet] = await fulfillmentModule.listFulfillmentSets(
      { name: set.name },
      { relations: ["service_zones"] }
    )
    if (!fulfillmentSet) {
      await createLocationFulfillmentSetWorkflow(container).run({
        input: {
          location_id: ids.stockLocationId,
          fulfillment_set_data: {
            name: set.name,
            type: set.type,
          },
        },
      })
      ;[fulfillmentSet] = await fulfillmentModule.listFulfillmentSets(
        { name: set.name },
        { relations: ["service_zones"] }
      )
    }
    let zone = fulfillmentSet.service_zones?.[0]
    if (!zone) {
      zone = await fulfillmentModule.createServiceZones({
        fulfillment_set_id: fulfillmentSet.id,
        name: set.zone,
        geo_zones: [{ type: "country", country_code: "id" }],
      })
    }
    const [existing] = await fulfillmentModule.listShippingOptions({ name: set.option.name })
    if (existing) {
      continue
    }
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: set.option.name,
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: zone.id,
          shipping_profile_id: ids.shippingProfileId,
          type: {
            label: set.option.label,
            description: set.option.description,
            code: set.option.code,
          },
          data: { kind: set.option.code },
          prices: [
            { currency_code: "idr", amount: set.option.amount },
            { region_id: ids.regionId, amount: set.option.amount },
          ],
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" },
            { attribute: "is_return", value: "false", operator: "eq" },
          ],
        },
      ],
    })
  }
}

/**
 * The demo organiser account. Refused in production: there an administrator is created
 * explicitly with `medusa user`.
 */
export async function seedDemoAdmin(container: MedusaContainer): Promise<"created" | "exists"> {
  if (process.env.NODE_ENV === "production") {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "The demo admin is not created when NODE_ENV=production: create an administrator with `npx medusa user -e EMAIL -p PASSWORD`"
    )
  }
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const [existing] = await userModule.listUsers({ email: DEMO_ADMIN.email })
  if (existing) {
    return "exists"
  }
  const { authIdentity, error } = await authModule.register("emailpass", {
    body: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
  })
  if (error || !authIdentity) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Could not register the demo admin: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email: DEMO_ADMIN.email, first_name: "Panitia", last_name: "Gelar" },
    },
  })
  return "created"
}
