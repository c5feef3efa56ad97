import type { MiddlewareRoute } from "@medusajs/framework/http"
import { loginThrottle } from "./login-throttle"

export const authCustomerMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/auth/customer/emailpass",
    method: ["POST"],
    middlewares: [loginThrottle()],
  },
]
