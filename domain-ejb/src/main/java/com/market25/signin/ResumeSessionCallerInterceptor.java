package com.market25.signin;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;

/**
 * Runs where {@code @AutoApplySession} would (before Soteria's remember-me and login-to-continue
 * interceptors) and only around {@code validateRequest}.
 */
@Interceptor
@ResumesSessionCaller
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ResumeSessionCallerInterceptor {

    @AroundInvoke
    public Object resume(InvocationContext invocation) throws Exception {
        if (invocation.getMethod().getName().equals("validateRequest")
                && invocation.getParameters().length == 3
                && invocation.getParameters()[2] instanceof HttpMessageContext context
                // a sign-in (also a second one in the same session) is the mechanism's to check
                && context.getAuthParameters().getCredential() == null && !context.isAuthenticationRequest()
                // the back office's API authenticates every request itself: a session cookie
                // must not stand in for it (another site's page could send the cookie)
                && !context.getRequest().getRequestURI().startsWith(context.getRequest().getContextPath() + "/api/")) {
            var resumed = SessionCaller.resume(context.getRequest(), context);
            if (resumed.isPresent()) {
                return resumed.get();
            }
        }
        return invocation.proceed();
    }
}
