package lv.socialais.portal.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure when residents reach us over https (PUBLIC_URL), so that it is
 * never sent over plain http; web.xml already makes it HttpOnly and SameSite=Lax.
 */
@WebListener
public class SecureCookies implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (PublicAddress.fromConfig().secure()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}
