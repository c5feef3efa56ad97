import { defineMiddlewares } from "@medusajs/framework/http"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { adminExhibitionsMiddlewares } from "./admin/exhibitions/middlewares"
import { adminMakersMiddlewares } from "./admin/makers/middlewares"
import { adminProductBatikMiddlewares } from "./admin/products/middlewares"
import { storeExhibitionsMiddlewares } from "./store/exhibitions/middlewares"
import { storeMakersMiddlewares } from "./store/makers/middlewares"
import { makersMiddlewares } from "./makers/middlewares"
import { storeProductLinkFieldsMiddlewares } from "./store/products/middlewares"
import { storeCartsMiddlewares } from "./store/carts/middlewares"
import { shopperErrorHandler } from "./store/carts/sold-out-errors"
import { storeOrderLookupMiddlewares } from "./store/order-lookup/middlewares"
import { authCustomerMiddlewares } from "./auth/customer/middlewares"
import { paymentWebhookMiddlewares } from "./hooks/payment/middlewares"
import { adminPickupOrdersMiddlewares } from "./admin/pickup-orders/middlewares"
import { storeGuestOrdersMiddlewares } from "./store/customers/me/guest-orders/middlewares"

export default defineMiddlewares({
  // Medusa's handler, with stock errors reworded to name the sold-out piece (issue 6).
  errorHandler: shopperErrorHandler(),
  routes: [
    ...storeCartsMiddlewares,
    ...storeOrderLookupMiddlewares,
    ...storeGuestOrdersMiddlewares,
    ...authCustomerMiddlewares,
    ...paymentWebhookMiddlewares,
    ...adminPickupOrdersMiddlewares,
    ...storeSearchMiddlewares,
    ...storeProductLinkFieldsMiddlewares,
    ...storeMakersMiddlewares,
    ...storeExhibitionsMiddlewares,
    ...adminMakersMiddlewares,
    ...adminExhibitionsMiddlewares,
    ...adminProductBatikMiddlewares,
    ...makersMiddlewares,
  ],
})
