package com.market25.admin.staff;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;

/**
 * Takes {@code /api/*} requests before Soteria's login-to-continue interceptor (priority
 * PLATFORM_BEFORE + 220), which would send a protected API request to the sign-in page without
 * asking the mechanism; after the session-caller interceptor (+ 200), which leaves API requests
 * alone.
 */
@Interceptor
@AuthenticatesApiCalls
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 205)
public class ApiCallerInterceptor {

    @Inject
    private StaffIdentityStore identities;

    @AroundInvoke
    public Object authenticate(InvocationContext invocation) throws Exception {
        if (invocation.getMethod().getName().equals("validateRequest")
                && invocation.getParameters().length == 3
                && invocation.getParameters()[2] instanceof HttpMessageContext context
                && ApiCaller.isApiRequest(context.getRequest())) {
            return ApiCaller.authenticate(context.getRequest(), context.getResponse(), context, identities);
        }
        return invocation.proceed();
    }
}
