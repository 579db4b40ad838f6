package lv.socialais.application;

import jakarta.ejb.ApplicationException;

/**
 * The filer already has as many drafts as one filer may keep (DRAFT_QUOTA): no new one is
 * stored until he submits or discards one. What he is entering is not lost: the wizard goes on
 * without saving it as a draft.
 */
@ApplicationException(rollback = true)
public class DraftQuotaReached extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int quota;

    public DraftQuotaReached(int quota) {
        super("the filer already has " + quota + " drafts");
        this.quota = quota;
    }

    public int quota() {
        return quota;
    }
}
