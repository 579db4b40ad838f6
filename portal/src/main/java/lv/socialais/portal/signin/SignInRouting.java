package lv.socialais.portal.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Which sign-in page a protected page leads to: staff pages to the staff sign-in (user name
 * and password), every other page to the residents' eID sign-in, which continues to the page
 * asked for afterwards.
 */
@Named
@RequestScoped
public class SignInRouting {

    @Inject
    private HttpServletRequest request;

    public String getLoginPage() {
        return request.getServletPath().startsWith("/staff/") ? "/staff/signin.xhtml" : "/signin/index.xhtml?continue=true";
    }
}
