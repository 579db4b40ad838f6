package lv.socialais.portal.signin;

import jakarta.security.enterprise.credential.Credential;

/**
 * A resident identified by his personal code, as the state portal's eID vouches for it. In
 * development the sign-in page creates it; only {@link DevelopmentIdentityStore} accepts it.
 */
public record PersonalCodeCredential(String personalCode) implements Credential {}
