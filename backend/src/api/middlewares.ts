import { defineMiddlewares } from "@medusajs/framework/http"
import { storeSearchMiddlewares } from "./store/search/middlewares"
import { adminExhibitionsMiddlewares } from "./admin/exhibitions/middlewares"
import { adminMakersMiddlewares } from "./admin/makers/middlewares"
import { adminProductBatikMiddlewares } from "./admin/products/middlewares"
import { storeExhibitionsMiddlewares } from "./store/exhibitions/middlewares"
import { storeMakersMiddlewares } from "./store/makers/middlewares"
import { makersMiddlewares } from "./makers/middlewares"
import { storeProductLinkFieldsMiddlewares } from "./store/products/middlewares"

export default defineMiddlewares({
  routes: [
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
