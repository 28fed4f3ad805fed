package com.market25.signin;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@code HttpAuthenticationMechanism}: each request of a session with a {@link SessionCaller}
 * is signed in as that caller, with its groups, before the mechanism (or {@code @LoginToContinue},
 * which would send the caller to the sign-in page) is asked. Takes the place of
 * {@code @AutoApplySession}.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ResumesSessionCaller {
}
