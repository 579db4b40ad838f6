package lv.socialais.register;

import java.io.Serializable;

/**
 * Why and on whose behalf a register is asked, as X-Road messages must say: the message's own
 * id, the official (or the system user of the outbox), our application number, the purpose.
 */
public record QueryContext(String messageId, String userId, String issue, String purpose) implements Serializable {}
