package lv.socialais.portal.resident;

import jakarta.enterprise.context.SessionScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.security.Principal;
import lv.socialais.portal.filing.ResidentProfile;
import lv.socialais.security.Actor;
import lv.socialais.security.Role;

/**
 * The resident signed in in this session, as the use cases need him (an {@link Actor}) and as
 * the pages show him. His profile is looked up once per session, at first use.
 */
@Named
@SessionScoped
public class SignedInResident implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ResidentProfiles profiles;

    private ResidentProfile profile;

    /**
     * A resident is signed in when the caller has the RESIDENT role. On the request that Soteria
     * restores after the sign-in page, only the servlet request knows the role yet, so both are asked.
     */
    public boolean isSignedIn() {
        if (securityContext().isCallerInRole(Role.RESIDENT.name())) {
            return true;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces != null && faces.getExternalContext().isUserInRole(Role.RESIDENT.name());
    }

    /** The signed-in resident's profile. Only on pages that require the RESIDENT role. */
    public ResidentProfile getProfile() {
        String code = personalCode();
        if (profile == null || !profile.personalCode().equals(code)) {
            profile = profiles.of(code);
        }
        return profile;
    }

    public Actor actor() {
        return Actor.resident(personalCode());
    }

    /** Looked up at each use rather than injected: the session bean must stay serialisable. */
    private static SecurityContext securityContext() {
        return CDI.current().select(SecurityContext.class).get();
    }

    public String personalCode() {
        Principal caller = securityContext().getCallerPrincipal();
        if (caller == null && FacesContext.getCurrentInstance() != null) {
            caller = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal();
        }
        if (caller == null || !isSignedIn()) {
            throw new IllegalStateException("no resident is signed in");
        }
        return caller.getName();
    }
}
