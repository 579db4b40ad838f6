/**
 * A stand-in for the state's eID provider (latvija.lv) speaking OpenID Connect: discovery, an
 * authorization page where the tester picks a fixture person, a token endpoint issuing RS256
 * ID tokens with the personal code, the JWKS and an end-session endpoint. The portal signs
 * residents in against it when RESIDENT_SIGN_IN is {@code oidc}. Development and tests only.
 */
package lv.socialais.simulator.oidc;
