package lv.socialais.portal.signin;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import lv.socialais.portal.web.SecurityHeaders;

/**
 * Signs the caller kept in the session ({@link SignedInCaller}) in again on each of his requests,
 * with his groups, before Soteria's {@code @LoginToContinue} would send him to the sign-in page.
 * It runs first among the mechanism's interceptors (Soteria's own start at PLATFORM_BEFORE + 200).
 * A request that brings a credential, a sign-in, goes on to the mechanism itself.
 */
@CallerOfTheSession
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class CallerOfTheSessionInterceptor {

    @AroundInvoke
    public Object signInAgain(InvocationContext invocation) throws Exception {
        if (!"validateRequest".equals(invocation.getMethod().getName())) {
            return invocation.proceed();
        }
        HttpMessageContext context = (HttpMessageContext) invocation.getParameters()[2];
        HttpServletRequest request = context.getRequest();
        Optional<SignedInCaller> caller =
                context.getAuthParameters().getCredential() == null ? SignedInCaller.of(request) : Optional.empty();
        if (caller.isEmpty()) {
            return invocation.proceed();
        }
        SecurityHeaders.applyTo(request, context.getResponse()); // as the mechanism does
        return context.notifyContainerAboutLogin(
                caller.get().name(), caller.get().groups());
    }
}
